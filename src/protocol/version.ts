/**
 * The version of the messages between the host and the trainer. Both ends check it on every message,
 * so an app and a trainer from different releases refuse each other with a clear message instead of
 * misreading fields. Raise it whenever a message changes in a way the other end could misread.
 */
export const PROTOCOL_VERSION = 1;
