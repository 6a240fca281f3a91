/**
 * What each column of a CSV table is: numbers, categories (few distinct texts), or something to
 * leave out (empty, or so many distinct texts that it is a name or an id), with the statistics the
 * preview shows.
 */
import type { ColumnAccumulator } from './column';
import type { CsvTable } from './table';

export type ColumnKind = 'numeric' | 'categorical' | 'empty' | 'text';

/** Distinct values a feature may have to be one-hot encoded; more make the input too wide. */
export const MAX_ONE_HOT = 100;
/**
 * A column is numeric when at least this share of its values are numbers; its few texts ("n/a",
 * "unknown") are then reported and treated as missing values.
 */
const NUMERIC_SHARE = 0.9;

export interface ColumnStats {
  name: string;
  kind: ColumnKind;
  /** Cells with no value. */
  missing: number;
  /** Numeric columns: cells holding text, treated as missing. */
  textCells: number;
  /** Distinct values, or null when there are more than the column kept track of. */
  distinct: number | null;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** Categorical columns: the most frequent values. */
  top?: { value: string; count: number }[];
}

export function describeColumns(table: CsvTable): ColumnStats[] {
  return table.columns.map((column, i) => describe(table.columnNames[i]!, column));
}

export function columnKind(column: ColumnAccumulator): ColumnKind {
  const present = column.numberCount + column.textCount;
  if (present === 0) return 'empty';
  if (column.numberCount >= NUMERIC_SHARE * present) return 'numeric';
  if (column.codes && column.dictionary.size <= MAX_ONE_HOT) return 'categorical';
  return 'text';
}

function describe(name: string, column: ColumnAccumulator): ColumnStats {
  const kind = columnKind(column);
  const stats: ColumnStats = {
    name,
    kind,
    missing: column.missingCount,
    textCells: kind === 'numeric' ? column.textCount : 0,
    distinct: column.codes ? column.dictionary.size : null,
  };
  if (kind === 'numeric') Object.assign(stats, numericStats(column.numbers.values()));
  if (kind === 'categorical' || kind === 'text') {
    stats.top = [...column.dictionary.entries()]
      .map(([value, code]) => ({ value, count: column.frequencies[code]! }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, 10);
  }
  return stats;
}

/** Min, max, mean and population standard deviation of the values that are not NaN. */
export function numericStats(values: Float32Array, rows?: ArrayLike<number>) {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  const count = rows ? rows.length : values.length;
  for (let k = 0; k < count; k++) {
    const v = values[rows ? (rows[k] as number) : k]!;
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (let k = 0; k < count; k++) {
    const v = values[rows ? (rows[k] as number) : k]!;
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  return n > 0
    ? { min, max, mean, std: Math.sqrt(squares / n) }
    : { min: 0, max: 0, mean: 0, std: 0 };
}
