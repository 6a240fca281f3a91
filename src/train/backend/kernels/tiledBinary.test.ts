import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { relativeError, seededValues } from '../testing/compare';
import { runOnBoth } from '../testing/kernelPair';
import { repeatsAlongLeadingAxes } from './tiledBinary';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

describe('repeatsAlongLeadingAxes', () => {
  it.each([
    { small: [8], big: [4, 6, 6, 8], repeats: true },
    { small: [1, 1, 1, 8], big: [4, 6, 6, 8], repeats: true },
    { small: [6, 8], big: [4, 6, 6, 8], repeats: true },
    { small: [], big: [4, 8], repeats: true },
    { small: [4, 1, 1, 8], big: [4, 6, 6, 8], repeats: false },
    { small: [6, 1], big: [4, 6, 6, 8], repeats: false },
    { small: [4, 8], big: [4, 8], repeats: false },
  ])('$small along $big: $repeats', ({ small, big, repeats }) => {
    expect(repeatsAlongLeadingAxes(small, big)).toBe(repeats);
  });
});

// Which operand is short matters for Sub and RealDiv. Float repeated parts of 4 to 32 values
// in groups of four go to the SIMD loop, others are tiled; the last cases keep the backend's
// own broadcasting (not along leading axes, a scalar, a long vector, a small output).
const SHAPES = [
  { name: 'feature map and bias', a: [4, 10, 10, 8], b: [8] },
  { name: 'bias and feature map', a: [8], b: [4, 10, 10, 8] },
  { name: 'feature map and bias of 4', a: [4, 10, 10, 4], b: [4] },
  { name: 'bias of 16 and feature map', a: [16], b: [2, 9, 9, 16] },
  { name: 'feature map and bias of 32', a: [2, 8, 8, 32], b: [32] },
  { name: 'feature map and bias of 48 (tiled)', a: [2, 6, 6, 48], b: [48] },
  { name: 'feature map and bias of 12', a: [3, 7, 7, 12], b: [1, 12] },
  { name: 'bias shaped [1,1,1,C]', a: [4, 10, 10, 8], b: [1, 1, 1, 8] },
  { name: 'a repeated row of pixels', a: [2, 10, 6, 5], b: [6, 5] },
  { name: 'a per-image scale', a: [4, 10, 10, 8], b: [4, 1, 1, 8] },
  { name: 'a scalar', a: [4, 10, 10, 8], b: [] },
  { name: 'a long vector', a: [20, 128], b: [128] },
  { name: 'a small output', a: [4, 3], b: [3] },
];
const KERNELS = ['Add', 'Sub', 'Multiply', 'RealDiv'];
const table = KERNELS.flatMap((kernel) => SHAPES.map((s) => ({ kernel, ...s })));

describe('binary kernels with a short repeated operand on wasm', () => {
  it.each(table)('$kernel, $name, matches the cpu backend', async ({ kernel, a, b }) => {
    const { expected, actual } = await runOnBoth(tf, kernel, {
      a: { values: seededValues(count(a), 1), shape: a },
      b: { values: seededValues(count(b), 2).map((v) => v + 2), shape: b },
    });
    expect(actual.shape).toEqual(expected.shape);
    expect(relativeError(actual.values, expected.values)).toBeLessThan(1e-5);
  });

  it('adds integers too', async () => {
    const a = [4, 10, 10, 3];
    const { expected, actual } = await runOnBoth(tf, 'Add', {
      a: { values: Int32Array.from({ length: count(a) }, (_, i) => i), shape: a, dtype: 'int32' },
      b: { values: [1, -2, 3], shape: [3], dtype: 'int32' },
    });
    expect(Array.from(actual.values)).toEqual(Array.from(expected.values));
  });

  it('frees the tiled copy', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    const x = tf.tensor(seededValues(3200, 3), [4, 10, 10, 8]);
    const bias = tf.tensor(seededValues(8, 4), [8]);
    tf.add(x, bias).dispose();
    tf.dispose([x, bias]);
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
