import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { relativeError, seededValues } from '../testing/compare';
import { runOnBoth, type KernelInput } from '../testing/kernelPair';
import { isComposedKernel } from './register';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const input = (shape: number[], seed: number): KernelInput => ({
  shape,
  values: seededValues(count(shape), seed),
});

interface MatMulCase {
  name: string;
  a: number[];
  b: number[];
  transposeA: boolean;
  transposeB: boolean;
}

// Every combination of transposes, rank 2 and 3, a batch broadcast, and the shapes of a dense
// layer's backward pass (dW = xᵀ·dy, dx = dy·Wᵀ).
const CASES: MatMulCase[] = [
  { name: 'plain', a: [3, 5], b: [5, 4], transposeA: false, transposeB: false },
  { name: 'a transposed', a: [5, 3], b: [5, 4], transposeA: true, transposeB: false },
  { name: 'b transposed', a: [3, 5], b: [4, 5], transposeA: false, transposeB: true },
  { name: 'both transposed', a: [5, 3], b: [4, 5], transposeA: true, transposeB: true },
  {
    name: 'batched, a transposed',
    a: [2, 6, 3],
    b: [2, 6, 4],
    transposeA: true,
    transposeB: false,
  },
  {
    name: 'batch of one broadcast',
    a: [1, 3, 6],
    b: [4, 5, 6],
    transposeA: false,
    transposeB: true,
  },
  { name: 'dense weight gradient', a: [16, 784], b: [16, 32], transposeA: true, transposeB: false },
  { name: 'dense input gradient', a: [16, 32], b: [784, 32], transposeA: false, transposeB: true },
];

// The fused kernel takes rank-3 operands (tfjs's op reshapes them so). With a batch of more
// than one, the backend's own kernel adds the bias wrongly whatever the transposes, so the
// batch is one, as for dense layers.
const FUSED_CASES = CASES.filter((k) => k.a.length === 2).map((k) => ({
  ...k,
  a: [1, ...k.a],
  b: [1, ...k.b],
}));

describe('matrix products with a transposed operand on wasm', () => {
  it.each(['BatchMatMul', '_FusedMatMul'])('%s replaces the backend’s own kernel', (name) => {
    expect(isComposedKernel(tf.getKernel(name, 'wasm')?.kernelFunc)).toBe(true);
  });

  it.each(CASES)('BatchMatMul, $name, matches the cpu backend', async (k) => {
    const { expected, actual } = await runOnBoth(
      tf,
      'BatchMatMul',
      { a: input(k.a, 1), b: input(k.b, 2) },
      { transposeA: k.transposeA, transposeB: k.transposeB },
    );
    expect(actual.shape).toEqual(expected.shape);
    expect(relativeError(actual.values, expected.values)).toBeLessThan(1e-5);
  });

  it.each(FUSED_CASES)(
    '_FusedMatMul with bias and ReLU, $name, matches the cpu backend',
    async (k) => {
      const columns = k.transposeB ? k.b.at(-2)! : k.b.at(-1)!;
      const { expected, actual } = await runOnBoth(
        tf,
        '_FusedMatMul',
        { a: input(k.a, 3), b: input(k.b, 4), bias: input([columns], 5) },
        { transposeA: k.transposeA, transposeB: k.transposeB, activation: 'relu' },
      );
      expect(actual.shape).toEqual(expected.shape);
      expect(relativeError(actual.values, expected.values)).toBeLessThan(1e-5);
    },
  );

  it('frees the transposed copies it makes', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    const k = CASES[3]!;
    const a = tf.tensor(seededValues(count(k.a), 1), k.a);
    const b = tf.tensor(seededValues(count(k.b), 2), k.b);
    tf.matMul(a, b, true, true).dispose();
    tf.dispose([a, b]);
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
