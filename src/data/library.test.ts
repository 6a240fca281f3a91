/** The built-in generated sets beyond the 2-D points: function, waves, seasonal, shapes. */
import { describe, expect, it } from 'vitest';
import { datasetProblems } from './check';
import { DatasetError } from './errors';
import { classCounts, integerLabels } from './labels';
import { loadDataset } from './registry';
import { SHAPE_SIDE } from './synthetic/shapes';

async function refusal(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => expect.fail('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('function', () => {
  it('draws y = f(x) exactly without noise, over the range asked', async () => {
    const d = await loadDataset('function', { formula: '0.5x^2 - 1', noise: 0, xMin: -3, xMax: 1 });
    expect(datasetProblems(d)).toEqual([]);
    expect(d.options.formula).toBe('0.5x^2 - 1');
    for (let i = 0; i < d.train.count; i++) {
      const x = d.train.x[i]!;
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThanOrEqual(1);
      expect(d.train.y[i]).toBeCloseTo(0.5 * x * x - 1, 4);
    }
  });

  it('explains a formula it cannot read, with the column', async () => {
    const error = await refusal(loadDataset('function', { formula: 'sin(3x' }));
    expect(error.kind).toBe('invalid-option');
    expect(error.message).toBe(
      `The formula "sin(3x" cannot be read: Expected ')' to close sin( at column 4, but found the end of the formula, at column 7.`,
    );
  });

  it('explains a formula that is undefined on the range, and a range the wrong way round', async () => {
    const error = await refusal(loadDataset('function', { formula: 'log(x)', xMin: -1, xMax: 1 }));
    expect(error.message).toMatch(
      /^The formula "log\(x\)" gives no usable number at x = -0\.\d+ \(NaN\); choose a range of x/,
    );
    expect((await refusal(loadDataset('function', { xMin: 2, xMax: 1 }))).message).toBe(
      'The smallest x (2) must be below the largest x (1).',
    );
  });

  it('refuses a formula that is not text, or too long, before drawing', async () => {
    expect((await refusal(loadDataset('function', { formula: 3 }))).message).toBe(
      "The option 'formula' of the dataset 'function' must be text of at most 200 characters, but is 3.",
    );
    expect((await refusal(loadDataset('function', { formula: 'x'.repeat(201) }))).message).toMatch(
      /must be text of at most 200 characters, but is 201 characters long/,
    );
  });
});

describe('waves', () => {
  it('gives three balanced classes whose shapes tell them apart without noise', async () => {
    const d = await loadDataset('waves', { noise: 0, count: 300, length: 32 });
    expect(d.inputShape).toEqual([32, 1]);
    expect(datasetProblems(d)).toEqual([]);
    const all = classCounts(d.train, 3).map((n, c) => n + classCounts(d.test, 3)[c]!);
    expect(all).toEqual([100, 100, 100]);
    const labels = integerLabels(d.train, 3);
    for (let i = 0; i < d.train.count; i++) {
      const series = [...d.train.x.subarray(i * 32, (i + 1) * 32)];
      const height = Math.max(...series.map(Math.abs));
      const levels = new Set(series.map((v) => v.toFixed(5)));
      // A square wave holds two levels, ±height; sine and sawtooth pass through many.
      if (labels[i] === 1) expect(levels.size).toBe(2);
      else expect(levels.size).toBeGreaterThan(8);
      expect(height).toBeLessThanOrEqual(1.5 + 1e-6);
    }
  });
});

describe('seasonal', () => {
  it('cuts one series into windows and tests on the later stretch of time', async () => {
    const d = await loadDataset('seasonal', { window: 12, horizon: 2, count: 100 });
    expect([d.inputShape, d.targetShape]).toEqual([[12, 1], [2]]);
    expect([d.train.count, d.test.count]).toEqual([80, 20]);
    // Window i + 1 starts one step later: its last input is the first target of window i.
    for (let i = 0; i + 1 < d.train.count; i++) {
      expect(d.train.x[(i + 1) * 12 + 11]).toBe(d.train.y[i * 2]);
    }
    // The first test window follows the last training window in time.
    expect(d.test.x[11]).toBe(d.train.y[79 * 2]);
  });
});

describe('shapes', () => {
  it('draws masks that match the images without noise, and boxes that fit the masks tightly', async () => {
    const masks = await loadDataset('shapes-masks', { noise: 0, count: 90 });
    const boxes = await loadDataset('shapes-boxes', { noise: 0, count: 90 });
    const classes = await loadDataset('shapes', { noise: 0, count: 90 });
    expect(masks.task).toBe('segmentation');
    expect(masks.targetShape).toEqual([SHAPE_SIDE, SHAPE_SIDE, 1]);
    // Same seed, same drawings: the three sets show the same pictures.
    expect(masks.train.x).toEqual(boxes.train.x);
    expect(masks.train.x).toEqual(classes.train.x);
    expect(masks.train.y).toEqual(masks.train.x);
    const labels = integerLabels(classes.train, 3);
    const side = SHAPE_SIDE;
    const fill: number[][] = [[], [], []];
    for (let i = 0; i < boxes.train.count; i++) {
      const mask = masks.train.y.subarray(i * side * side, (i + 1) * side * side);
      const [l, t, r, b] = [...boxes.train.y.subarray(i * 4, i * 4 + 4)].map((v) =>
        Math.round(v * side),
      );
      let inside = 0;
      let total = 0;
      mask.forEach((v, p) => {
        const x = p % side;
        const y = Math.floor(p / side);
        total += v;
        if (x >= l! && x < r! && y >= t! && y < b!) inside += v;
      });
      expect(inside).toBe(total);
      // Tight: every edge row and column of the box holds a pixel of the shape.
      const row = (y: number) => mask.subarray(y * side + l!, y * side + r!).some((v) => v === 1);
      expect(row(t!) && row(b! - 1)).toBe(true);
      fill[labels[i]!]!.push(total / ((r! - l!) * (b! - t!)));
    }
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    // A square fills its box, a circle about π/4 of it, a triangle about half.
    expect(mean(fill[1]!)).toBeCloseTo(1, 5);
    expect(Math.abs(mean(fill[0]!) - Math.PI / 4)).toBeLessThan(0.08);
    expect(Math.abs(mean(fill[2]!) - 0.5)).toBeLessThan(0.12);
  });
});
