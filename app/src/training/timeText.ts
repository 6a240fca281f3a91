/** Durations and rates in words, for the progress line. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function formatRate(samplesPerS: number): string {
  return `${Math.round(samplesPerS).toLocaleString('en-US')} samples/s`;
}
