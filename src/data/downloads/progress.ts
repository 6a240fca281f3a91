/**
 * Download progress as the command line and the UI show it: bytes so far, the percentage and an
 * estimate of the time left. Computed from numbers passed in (not read from a clock here), so the
 * same figures can be recomputed anywhere and tested exactly.
 */

export interface DownloadProgress {
  /** The dataset being fetched. */
  datasetId: string;
  /** The file being received now. */
  file: string;
  /** Bytes received so far over all of the dataset's files, cached ones included. */
  receivedBytes: number;
  /** Bytes of all of the dataset's files together. */
  totalBytes: number;
  /** receivedBytes / totalBytes · 100, from 0 to 100. */
  percent: number;
  /** Bytes per second over this download so far; null until a moment has passed. */
  bytesPerSecond: number | null;
  /** Seconds left at the speed so far; null while the speed is unknown. */
  etaSeconds: number | null;
}

/**
 * Progress after `fetched` bytes received in `elapsedSeconds` on top of `alreadyHad` bytes that
 * were cached: speed = fetched / elapsed, time left = bytes still missing / speed.
 */
export function downloadProgress(
  datasetId: string,
  file: string,
  alreadyHad: number,
  fetched: number,
  totalBytes: number,
  elapsedSeconds: number,
): DownloadProgress {
  const receivedBytes = alreadyHad + fetched;
  const bytesPerSecond = elapsedSeconds > 0 && fetched > 0 ? fetched / elapsedSeconds : null;
  const missing = Math.max(0, totalBytes - receivedBytes);
  return {
    datasetId,
    file,
    receivedBytes,
    totalBytes,
    percent: totalBytes > 0 ? Math.min(100, (100 * receivedBytes) / totalBytes) : 100,
    bytesPerSecond,
    etaSeconds: bytesPerSecond === null ? null : missing / bytesPerSecond,
  };
}

/** Sizes as people read them: 512 B, 9.5 MB, 162.2 MB (powers of 1,024, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
