/**
 * Text that can be shown in any language: a message key and the values that fill it in. Problems
 * and fixes carry these instead of finished sentences, so the same problem reads in English in
 * exported files and in the user's language in the interface.
 */
import { translate, type Locale, type MessageKey } from '../../i18n';
import { formatNumber } from './numbers';
import { termText } from './terms';

/** A number written the way the language groups digits: 1,000,000 or 1 000 000. */
export interface NumberValue {
  readonly number: number;
}

/** A phrase from a layer definition (a parameter's label, an option's label), in English. */
export interface TermValue {
  readonly term: string;
}

/**
 * What fills an argument: text and shapes as they are, plain numbers (which plural rules can
 * read), numbers to group, layer terms to translate, and nested text.
 */
export type TextValue = string | number | NumberValue | TermValue | LocalText;

export interface LocalText {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, TextValue>>;
}

export function localText(
  key: MessageKey,
  values?: Readonly<Record<string, TextValue>>,
): LocalText {
  return values ? { key, values } : { key };
}

/** The text in one language, with every nested value rendered in the same language. */
export function renderText(locale: Locale, text: LocalText): string {
  if (!text.values) return translate(locale, text.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values)) values[name] = argument(locale, value);
  return translate(locale, text.key, values);
}

/** A value as text in one language. */
export function renderValue(locale: Locale, value: TextValue): string {
  return String(argument(locale, value));
}

/** Plain numbers stay numbers, so that plural rules can read them. */
function argument(locale: Locale, value: TextValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('number' in value) return formatNumber(value.number, locale);
  if ('term' in value) return termText(locale, value.term);
  return renderText(locale, value);
}

/** English text, as files, logs and the command line show it. */
export function englishText(text: LocalText): string {
  return renderText('en', text);
}
