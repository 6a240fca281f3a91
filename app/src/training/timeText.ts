/** Durations and rates in words, for the progress line, in the language of `t`. */
import type { Translate } from '../../../src/i18n';

export function formatDuration(seconds: number, t: Translate): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('training.time.seconds', { s });
  if (s < 3600) return t('training.time.minutes', { m: Math.floor(s / 60), s: s % 60 });
  return t('training.time.hours', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
}

export function formatRate(samplesPerS: number, t: Translate): string {
  return t('training.rate', { rate: Math.round(samplesPerS) });
}
