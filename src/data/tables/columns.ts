/** Shared steps for the bundled tables: reading cells, and scaling features on the training rows. */
import { DatasetError } from '../errors';

/** A finite number from a cell, or null for a missing one (null, empty, absent). */
export function numberCell(row: unknown, column: string, where: string): number | null {
  const value =
    row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[column] : undefined;
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) {
    throw new DatasetError(
      'corrupt',
      `${where}: the column '${column}' holds ${JSON.stringify(value)}, not a number.`,
    );
  }
  return n;
}

export function textCell(row: unknown, column: string, where: string): string {
  const value =
    row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[column] : undefined;
  if (typeof value !== 'string' || value.length === 0) {
    throw new DatasetError(
      'corrupt',
      `${where}: the column '${column}' should hold text, but holds ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

export function rowsOf(parsed: unknown, name: string): unknown[] {
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new DatasetError('corrupt', `${name} should hold a non-empty list of rows.`);
  }
  return parsed;
}

/**
 * Standardises the features in `columns` of row-major `x` ([rows, width]) to mean 0 and standard
 * deviation 1, using the mean and deviation of the training rows only, so that nothing about the
 * test rows leaks into training. A constant column is only centred.
 */
export function standardize(
  x: Float32Array,
  width: number,
  columns: readonly number[],
  trainRows: ArrayLike<number>,
): void {
  for (const c of columns) {
    let sum = 0;
    for (let i = 0; i < trainRows.length; i++) sum += x[(trainRows[i] as number) * width + c]!;
    const mean = sum / trainRows.length;
    let squares = 0;
    for (let i = 0; i < trainRows.length; i++) {
      const d = x[(trainRows[i] as number) * width + c]! - mean;
      squares += d * d;
    }
    const sd = Math.sqrt(squares / trainRows.length) || 1;
    for (let at = c; at < x.length; at += width) x[at] = (x[at]! - mean) / sd;
  }
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
