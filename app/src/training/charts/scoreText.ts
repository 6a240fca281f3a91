/** Scores in words: losses as numbers, accuracy as a percentage. */
export function formatScore(key: string, value: number | undefined): string {
  if (value === undefined) return '–';
  if (!Number.isFinite(value)) return String(value);
  if (key === 'acc') return `${(value * 100).toFixed(1)}%`;
  return value >= 100 ? value.toFixed(1) : value.toPrecision(3);
}
