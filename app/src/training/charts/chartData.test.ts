import { describe, expect, it } from 'vitest';
import { alignSeries, lossTable, metricTable, smooth } from './chartData';

describe('chart tables', () => {
  it('puts series on one sorted x column, sharing rows where x is equal', () => {
    const table = alignSeries(
      [
        { xs: [0.5, 1], ys: [3, 2] },
        { xs: [1, 2], ys: [2.5, 1.5] },
      ],
      () => true,
    );
    expect(table).toEqual([
      [0.5, 1, 2],
      [3, 2, null],
      [null, 2.5, 1.5],
    ]);
  });

  it('leaves out values that cannot be drawn', () => {
    const table = alignSeries([{ xs: [1, 2, 3], ys: [NaN, 0, 4] }], (y) => y > 0);
    expect(table).toEqual([
      [1, 2, 3],
      [null, null, 4],
    ]);
  });

  it('smooths from the first value, not from zero', () => {
    const smoothed = smooth([10, 10, 10]);
    smoothed.forEach((v) => expect(v).toBeCloseTo(10, 10));
    const steps = smooth([0, 10], 0.5);
    // (0.5·(0.5·0) + 0.5·10) / (1 − 0.25) = 5 / 0.75
    expect(steps[1]).toBeCloseTo(5 / 0.75, 10);
  });

  const run = {
    batches: [
      { at: 0.5, examples: 10, loss: 1, metrics: { acc: 0.5 } },
      { at: 1, examples: 10, loss: 1, metrics: { acc: 0.7 } },
    ],
    epochs: [{ epoch: 1, samplesPerS: 100, values: { loss: 0.9, acc: 0.6, val_loss: 1.1 } }],
  };

  it('builds the loss table: per batch, train and validation per epoch', () => {
    expect(lossTable(run)).toEqual([
      [0.5, 1],
      [1, 1],
      [null, 0.9],
      [null, 1.1],
    ]);
  });

  it('builds a metric table, empty where validation has no value', () => {
    const [xs, batches, train, validation] = metricTable(run, 'acc');
    expect(xs).toEqual([0.5, 1]);
    expect(batches![0]).toBeCloseTo(0.5, 10);
    expect(train).toEqual([null, 0.6]);
    expect(validation).toEqual([null, null]);
  });
});
