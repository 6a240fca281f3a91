import { en } from './en';
import type { Locale } from './locales';
import { ru } from './ru';

export type MessageKey = keyof typeof en;

/** Every message of every language. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ru };

/** Whether a key built at run time (say, from a problem's code) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * What follows `Prefix` in the keys that start with it: `CodesUnder<'training.error.'>` is every
 * training error's code. Messages looked up by a code from elsewhere are typed by it.
 */
export type CodesUnder<Prefix extends string> = MessageKey extends infer K
  ? K extends `${Prefix}${infer Code}`
    ? Code
    : never
  : never;
