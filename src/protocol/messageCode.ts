/**
 * A stable code and the values that fill in a message, beside its English text: the page says the
 * message in the user's language by code (e.g. `training.error.<code>`), while logs and the command
 * line keep the English. Both are optional in every message, so ends that do not know a code still
 * read the text.
 */
import * as z from 'zod';
import { boundedRecord, score, text } from './fields';
import { MAX_MESSAGE_LENGTH } from './limits';

/** Values one message may carry: a handful of names, numbers and shapes. */
export const MAX_MESSAGE_VALUES = 16;

const CODE = /^[a-z][a-z0-9-]{0,63}$/;

export const messageCode = z.custom<string>((v) => typeof v === 'string' && CODE.test(v), {
  error: (issue) =>
    `expected a message code of lower-case letters, digits and hyphens, got ${JSON.stringify(issue.input)}`,
});

/** Text or numbers (NaN included: a loss that became NaN is exactly what the message reports). */
export const messageValues = boundedRecord(
  z.union([text(0, MAX_MESSAGE_LENGTH), score]),
  MAX_MESSAGE_VALUES,
);
export type MessageCodeValues = z.infer<typeof messageValues>;

/** One text by code and values, e.g. a note on a dataset (`data.note.<code>`). */
export const codedText = z.strictObject({ code: messageCode, values: messageValues });

/** The optional fields of a message that can be said in the user's language. */
export const codedFields = {
  code: messageCode.optional(),
  values: messageValues.optional(),
};
