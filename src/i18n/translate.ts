import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales';
import { MESSAGES, type MessageKey } from './messages';

export type MessageValues = Readonly<Record<string, string | number>>;

/** Looks a message up in one language and fills in its arguments. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(MESSAGES[locale][key], locale);
    compiled.set(id, message);
  }
  return message;
}

/**
 * The message for `key` in `locale`. Catalog tests guarantee that every key exists in every
 * language and that every message parses, so this never falls back to another language.
 */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const message = format(locale, key);
  return String(message.format(values));
}

const translators = new Map<Locale, Translate>();

/** A `Translate` bound to one language; the same function each time, so it can be a dependency. */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = (key, values) => translate(locale, key, values);
    translators.set(locale, t);
  }
  return t;
}
