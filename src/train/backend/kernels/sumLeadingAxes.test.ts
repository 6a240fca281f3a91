import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { relativeError, seededValues } from '../testing/compare';
import { runOnBoth } from '../testing/kernelPair';
import { leadingAxes } from './sumLeadingAxes';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

describe('leadingAxes', () => {
  it.each([
    { axis: [0, 1, 2], shape: [2, 3, 4, 5], leading: 3 },
    { axis: [1, 0], shape: [2, 3, 4], leading: 2 },
    { axis: 0, shape: [6, 7], leading: 1 },
    { axis: [-4, -3], shape: [2, 3, 4, 5], leading: 2 },
    { axis: [0, 0, 1], shape: [2, 3, 4], leading: 2 },
    { axis: [1, 2], shape: [2, 3, 4], leading: 0 },
    { axis: [0, 2], shape: [2, 3, 4], leading: 0 },
    { axis: [0, 1], shape: [2, 3], leading: 0 },
  ])('$axis of $shape: $leading', ({ axis, shape, leading }) => {
    expect(leadingAxes(axis, shape)).toBe(leading);
  });
});

// Sums over leading axes: by the SIMD loop where rows hold groups of four floats and there are
// 4,096 values or more (4 to 32 columns in one pass; more in several; rows left over after the
// steps of rows summed side by side), else cut into blocks (some twice); and the sums the
// backend's own kernel keeps: small ones, trailing or scattered axes, every axis, integers.
const CASES = [
  { name: 'a bias gradient', shape: [8, 26, 26, 8], axis: [0, 1, 2], keepDims: false },
  { name: '16 columns, a row left over', shape: [5, 11, 11, 16], axis: [0, 1, 2], keepDims: false },
  { name: '12 columns, a row left over', shape: [343, 12], axis: [0], keepDims: false },
  { name: '4 columns, 3 rows left over', shape: [1027, 4], axis: [0], keepDims: false },
  { name: '32 columns, kept dimensions', shape: [41, 5, 32], axis: [0, 1], keepDims: true },
  { name: '36 columns (32 + 4)', shape: [120, 36], axis: [0], keepDims: false },
  { name: '48 columns (32 + 16)', shape: [9, 11, 48], axis: [0, 1], keepDims: false },
  { name: 'a small one, 12 columns', shape: [3, 12], axis: [0], keepDims: false },
  { name: 'kept dimensions', shape: [4, 5, 6, 3], axis: [0, 1, 2], keepDims: true },
  { name: 'a dense bias gradient', shape: [64, 10], axis: [0], keepDims: false },
  { name: 'negative, unsorted axes', shape: [3, 4, 5], axis: [-2, 0], keepDims: false },
  { name: 'two of four axes', shape: [3, 4, 5, 2], axis: [0, 1], keepDims: true },
  { name: 'rows not a multiple of the blocks', shape: [45, 31, 13], axis: [0, 1], keepDims: false },
  { name: 'a single leading row', shape: [1, 4, 5], axis: [0], keepDims: false },
  { name: 'trailing axes', shape: [3, 4, 5], axis: [1, 2], keepDims: false },
  { name: 'scattered axes', shape: [3, 4, 5], axis: [0, 2], keepDims: true },
  { name: 'every axis', shape: [3, 4, 5], axis: [0, 1, 2], keepDims: false },
  { name: 'integers', shape: [6, 5, 4], axis: [0, 1], keepDims: false, dtype: 'int32' as const },
];

describe('Sum on wasm', () => {
  it.each(CASES)('$name matches the cpu backend', async ({ shape, axis, keepDims, dtype }) => {
    const values = seededValues(count(shape), 7).map((v) => (dtype ? Math.round(v * 50) : v));
    const { expected, actual } = await runOnBoth(
      tf,
      'Sum',
      { x: { values, shape, ...(dtype ? { dtype } : {}) } },
      { axis, keepDims },
    );
    expect(actual.shape).toEqual(expected.shape);
    expect(relativeError(actual.values, expected.values)).toBeLessThan(1e-5);
  });

  it('keeps infinities and NaN as a sum does', async () => {
    // 4,100 rows of 4 columns: +∞ and −∞ (NaN), a NaN, +∞ alone, plain numbers.
    const values = seededValues(4100 * 4, 9);
    values.set([Infinity, NaN, 1, 0], 4 * 3);
    values.set([-Infinity, 0, Infinity, 0], 4 * 3700);
    const { expected, actual } = await runOnBoth(
      tf,
      'Sum',
      { x: { values, shape: [4100, 4] } },
      { axis: [0] },
    );
    expect(Array.from(expected.values.subarray(0, 3))).toEqual([NaN, NaN, Infinity]);
    expect(Array.from(actual.values.subarray(0, 3))).toEqual([NaN, NaN, Infinity]);
    expect(relativeError(actual.values.subarray(3), expected.values.subarray(3))).toBeLessThan(
      1e-5,
    );
  });

  it('frees everything but its result', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    const x = tf.tensor(seededValues(120 * 256, 3), [64, 20, 24]);
    tf.sum(x, [0, 1]).dispose();
    x.dispose();
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
