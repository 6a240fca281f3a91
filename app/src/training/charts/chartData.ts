/**
 * The charts' tables, in uPlot's aligned form: one x column (epochs, fractional within an epoch)
 * and one column per series, null where a series has no point at that x. Per-batch values are
 * smoothed; per-epoch values are drawn as they are.
 */
import type { BatchPoint, EpochRecord } from '../../stores/trainingReducer';

export type Column = (number | null)[];
export type Table = [number[], ...Column[]];

interface Series {
  xs: readonly number[];
  ys: readonly number[];
}

/** How much of the running mean each new batch value replaces: 1 − SMOOTHING. */
export const SMOOTHING = 0.6;

/** The series on one x column, sorted; points of different series at the same x share a row. */
export function alignSeries(series: readonly Series[], keep: (y: number) => boolean): Table {
  const xs = [...new Set(series.flatMap((s) => s.xs))].sort((a, b) => a - b);
  const row = new Map(xs.map((x, i) => [x, i]));
  const columns = series.map((s) => {
    const column: Column = new Array<number | null>(xs.length).fill(null);
    s.xs.forEach((x, i) => {
      const y = s.ys[i]!;
      column[row.get(x)!] = Number.isFinite(y) && keep(y) ? y : null;
    });
    return column;
  });
  return [xs, ...columns];
}

/**
 * An exponential moving average that starts from the first value rather than from 0 (dividing by
 * 1 − wⁿ removes the pull towards 0 the first values would otherwise have). Non-finite values
 * pass through unsmoothed and leave the average as it was.
 */
export function smooth(values: readonly number[], weight = SMOOTHING): number[] {
  let mean = 0;
  let n = 0;
  return values.map((v) => {
    if (!Number.isFinite(v)) return v;
    n++;
    mean = weight * mean + (1 - weight) * v;
    return mean / (1 - weight ** n);
  });
}

export interface RunHistory {
  batches: readonly BatchPoint[];
  epochs: readonly EpochRecord[];
}

/** Per-batch (smoothed), training per epoch, validation per epoch, for one score. */
function scoreTable(
  run: RunHistory,
  batchValue: (b: BatchPoint) => number | undefined,
  key: string,
  keep: (y: number) => boolean,
): Table {
  const batches = run.batches.filter((b) => batchValue(b) !== undefined);
  const epochs = (name: string) => run.epochs.filter((e) => e.values[name] !== undefined);
  const train = epochs(key);
  const validation = epochs(`val_${key}`);
  return alignSeries(
    [
      { xs: batches.map((b) => b.at), ys: smooth(batches.map((b) => batchValue(b)!)) },
      { xs: train.map((e) => e.epoch), ys: train.map((e) => e.values[key]!) },
      { xs: validation.map((e) => e.epoch), ys: validation.map((e) => e.values[`val_${key}`]!) },
    ],
    keep,
  );
}

/** The loss chart's table; on a log scale only positive values can be drawn. */
export function lossTable(run: RunHistory, logScale = false): Table {
  return scoreTable(run, (b) => b.loss, 'loss', logScale ? (y) => y > 0 : () => true);
}

/** The table for a metric such as 'acc'. */
export function metricTable(run: RunHistory, key: string): Table {
  return scoreTable(
    run,
    (b) => b.metrics[key],
    key,
    () => true,
  );
}

/** The catalog keys of the three series' names, in column order. */
export const SERIES_LABELS = [
  'training.chart.perBatch',
  'training.chart.trainPerEpoch',
  'training.chart.validationPerEpoch',
] as const;
