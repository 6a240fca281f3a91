/**
 * Sizes and durations as people read them in their own language: "9.5 MB" and "2 min 5 s" in
 * English, "9,5 МБ" and "2 мин 5 с" in Russian. Sizes count in powers of 1,024, as file managers do.
 */
import type { Locale, Translate } from '../../../src/i18n';

const UNITS = ['data.size.kb', 'data.size.mb', 'data.size.gb', 'data.size.tb'] as const;

export function formatSize(t: Translate, locale: Locale, bytes: number): string {
  if (bytes < 1024) return t('data.size.bytes', { value: String(bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value.toLocaleString(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return t(UNITS[unit]!, { value: shown });
}

export function formatDuration(t: Translate, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('data.duration.seconds', { seconds: s });
  if (s < 3600) return t('data.duration.minutes', { minutes: Math.floor(s / 60), seconds: s % 60 });
  return t('data.duration.hours', {
    hours: Math.floor(s / 3600),
    minutes: Math.floor((s % 3600) / 60),
  });
}
