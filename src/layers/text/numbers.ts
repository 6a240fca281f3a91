/** Numbers as people read them in each language. */
import { translate, type Locale } from '../../i18n';

/** What separates groups of three digits: English writes 1,000,000, Russian 1 000 000. */
const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = { en: ',', ru: '\u00a0' };

/** Whole numbers with thousands separators; others as JavaScript writes them. */
export function formatNumber(n: number, locale: Locale = 'en'): string {
  if (Number.isNaN(n)) return translate(locale, 'problems.value.nan');
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[locale]);
  return n < 0 ? `-${digits}` : digits;
}
