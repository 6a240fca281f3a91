import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend } from '../testing/compare';
import { POOL_CASES, VALUE_KINDS, type PoolCase, type ValueKind } from '../testing/poolCases';
import { heapMemory, heapOf } from './heap';
import { pairMaxPool } from './maxPoolForward';
import { isComposedKernel } from './register';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function pool(k: PoolCase, kind: ValueKind) {
  const x = kind.make(count(k.x), 21);
  return () =>
    tf.maxPool(
      tf.tensor4d(x, k.x),
      k.filterSize,
      k.strides,
      k.pad as never,
      k.dimRoundingMode,
    ) as Tensor;
}

/** 2×2 windows at stride 2 without padding, channels in fours: what the SIMD kernel takes. */
const simd = (k: PoolCase) =>
  k.filterSize.every((n) => n === 2) &&
  k.strides.every((n) => n === 2) &&
  k.pad === 'valid' &&
  k.x[3] % 4 === 0;

const SIMD_CASES = POOL_CASES.filter(simd);
const OTHER_CASES = POOL_CASES.filter((k) => !simd(k));

describe('MaxPool on wasm', () => {
  it('replaces the backend’s own kernel', () => {
    expect(isComposedKernel(tf.getKernel('MaxPool', 'wasm')?.kernelFunc)).toBe(true);
  });

  it('has 2×2 cases with channels in fours to check, of more than one size', () => {
    expect(SIMD_CASES.length).toBeGreaterThanOrEqual(3);
  });

  const table = SIMD_CASES.flatMap((k) =>
    VALUE_KINDS.map((kind) => ({ label: `${k.name}, ${kind.name}`, k, kind })),
  );

  it.each(table)('$label: SIMD, the same values as the cpu backend', async ({ k, kind }) => {
    const [expected] = await onBackend(tf, 'cpu', pool(k, kind));
    const [actual] = await onBackend(tf, 'wasm', pool(k, kind));
    expect(actual!.shape).toEqual(expected!.shape);
    // Exactly: pooling only picks values (NaN compares equal to NaN here).
    expect(Array.from(actual!.values)).toEqual(Array.from(expected!.values));
  });

  it.each(OTHER_CASES)('$name: declined, for the backend’s own kernel', async (k) => {
    const kind = VALUE_KINDS[0]!;
    await tf.setBackend('wasm');
    const backend = tf.backend();
    const x = tf.tensor4d(kind.make(count(k.x), 21), k.x);
    const attrs = { filterSize: k.filterSize, strides: k.strides, pad: k.pad };
    expect(pairMaxPool(heapOf(backend)!, heapMemory(backend)!, x, attrs)).toBeNull();
    x.dispose();
  });

  it('frees nothing it should keep and keeps nothing it should free', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    const x = tf.tensor4d(VALUE_KINDS[0]!.make(4 * 26 * 26 * 8, 3), [4, 26, 26, 8]);
    tf.maxPool(x, 2, 2, 'valid').dispose();
    x.dispose();
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
