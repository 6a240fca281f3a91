import { beforeAll, describe, expect, it } from 'vitest';
import type { NamedAttrMap, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { POOL_CASES, VALUE_KINDS, type PoolCase, type ValueKind } from '../testing/poolCases';
import { heapMemory } from './heap';
import { isComposedKernel } from './register';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function outShapeOf(k: PoolCase): number[] {
  return tf.backend_util.computePool2DInfo(
    k.x,
    k.filterSize,
    k.strides,
    1,
    k.pad,
    k.dimRoundingMode,
  ).outShape;
}

/** The pooling gradient as the engine asks for it: dy, the input and the forward output. */
function poolGradient(k: PoolCase, kind: ValueKind) {
  const x = kind.make(count(k.x), 11);
  const dyShape = outShapeOf(k);
  const dy = seededValues(count(dyShape), 12);
  const attrs = {
    filterSize: k.filterSize,
    strides: k.strides,
    pad: k.pad,
    dimRoundingMode: k.dimRoundingMode,
  } as unknown as NamedAttrMap;
  return () => {
    const input = tf.tensor4d(x, k.x);
    const output = tf.maxPool(input, k.filterSize, k.strides, k.pad as never, k.dimRoundingMode);
    const grad = tf.tensor(dy, dyShape);
    return tf.engine().runKernel('MaxPoolGrad', { dy: grad, input, output }, attrs) as Tensor;
  };
}

const table = POOL_CASES.flatMap((k) =>
  VALUE_KINDS.map((kind) => ({ label: `${k.name}, ${kind.name}`, k, kind })),
);

describe('MaxPoolGrad on wasm, one loop over its memory', () => {
  it('replaces the backend’s own kernel', () => {
    expect(isComposedKernel(tf.getKernel('MaxPoolGrad', 'wasm')?.kernelFunc)).toBe(true);
  });

  it.each(table)('$label matches the cpu backend', async ({ k, kind }) => {
    const [expected] = await onBackend(tf, 'cpu', poolGradient(k, kind));
    const [actual] = await onBackend(tf, 'wasm', poolGradient(k, kind));
    expect(actual!.shape).toEqual(k.x);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('routes each window to its first largest value, and windows without one nowhere', async () => {
    // One image, one channel, four 2×2 windows (row-major inside each):
    // [1,5 / −∞,5]: a tie, the first 5 wins; [−3,−1 / −4,−2]: all negative, −1 wins;
    // [−∞,−∞ / −∞,−∞]: nothing wins; [NaN,3 / 7,−∞]: 7 wins (NaN never does).
    const x = [1, 5, -3, -1, -Infinity, 5, -4, -2];
    x.push(-Infinity, -Infinity, NaN, 3, -Infinity, -Infinity, 7, -Infinity);
    const [result] = await onBackend(tf, 'wasm', () => {
      const input = tf.tensor4d(x, [1, 4, 4, 1]);
      const output = tf.maxPool(input, 2, 2, 'valid');
      const dy = tf.tensor4d([10, 20, 30, 40], [1, 2, 2, 1]);
      const attrs = { filterSize: 2, strides: 2, pad: 'valid' };
      return tf.engine().runKernel('MaxPoolGrad', { dy, input, output }, attrs) as Tensor4D;
    });
    expect(Array.from(result!.values)).toEqual([0, 10, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0]);
  });

  it('reaches the backend’s memory for its SIMD kernel, and writes only its result', async () => {
    await tf.setBackend('wasm');
    expect(heapMemory(tf.backend())).not.toBeNull();
    const k = POOL_CASES.find((c) => c.name.includes('odd input (SIMD)'))!;
    const values = (seed: number, shape: number[]) => seededValues(count(shape), seed);
    const dyShape = outShapeOf(k);
    const kept = [values(31, [64]), values(32, k.x), values(33, dyShape), values(34, [64])];
    const [first, input, dy, last] = [
      tf.tensor(kept[0]!),
      tf.tensor4d(kept[1]!, k.x),
      tf.tensor(kept[2]!, dyShape),
      tf.tensor(kept[3]!),
    ];
    const attrs = { filterSize: k.filterSize, strides: k.strides, pad: k.pad } as NamedAttrMap;
    const output = tf.maxPool(input, k.filterSize, k.strides, 'valid');
    const dx = tf.engine().runKernel('MaxPoolGrad', { dy, input, output }, attrs) as Tensor;
    [first, input, dy, last].forEach((t, i) => {
      expect(Array.from(t.dataSync())).toEqual(Array.from(kept[i]!));
    });
    tf.dispose([first, input, dy, last, output, dx]);
  });

  it('frees everything but its result', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (let i = 0; i < 3; i++)
      await onBackend(tf, 'wasm', poolGradient(POOL_CASES[3]!, VALUE_KINDS[0]!));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
