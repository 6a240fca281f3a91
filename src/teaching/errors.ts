/**
 * What is wrong with a lab's input, as a message key and its values, so the labs can say it in the
 * user's language. The error's own `message` is the English text, for logs and tests.
 */
import { translate, type MessageKey, type MessageValues } from '../i18n';

export type TeachingKey = Extract<MessageKey, `teaching.${string}`>;

export interface TeachingMessage {
  key: TeachingKey;
  values?: MessageValues;
}

export class TeachingError extends Error {
  readonly key: TeachingKey;
  readonly values: MessageValues;

  constructor(key: TeachingKey, values: MessageValues = {}) {
    super(translate('en', key, values));
    this.name = 'TeachingError';
    this.key = key;
    this.values = values;
  }
}

/** Which table a grid message is about. */
export type GridName = 'input' | 'kernel';
