/** Scores in words: losses as numbers, accuracy as a percentage, with the language's decimal mark. */
import type { Locale } from '../../../../src/i18n';

export function formatScore(key: string, value: number | undefined, locale: Locale = 'en'): string {
  if (value === undefined) return '–';
  if (!Number.isFinite(value)) return String(value);
  const text =
    key === 'acc'
      ? `${(value * 100).toFixed(1)}%`
      : value >= 100
        ? value.toFixed(1)
        : value.toPrecision(3);
  return decimalMark(text, locale);
}

/** Russian writes 0,25 where English writes 0.25; digits and exponents stay as they are. */
export function decimalMark(text: string, locale: Locale): string {
  return locale === 'ru' ? text.replace('.', ',') : text;
}
