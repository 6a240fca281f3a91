import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { seededValues } from '../testing/compare';
import { runOnBoth } from '../testing/kernelPair';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const copies = [
  { name: 'Identity', run: (x: Tensor) => tf.engine().runKernel('Identity', { x }) as Tensor },
  {
    name: 'Cast to the same dtype',
    run: (x: Tensor) => tf.engine().runKernel('Cast', { x }, { dtype: x.dtype }) as Tensor,
  },
];

describe('copies on wasm that share memory', () => {
  it.each(copies)('$name shares memory and outlives its source', async ({ run }) => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    const values = seededValues(24, 5);
    const x = tf.tensor(values, [2, 3, 4]);
    const copy = run(x);
    expect(tf.backend().numDataIds()).toBe(held + 1);
    x.dispose();
    expect(copy.shape).toEqual([2, 3, 4]);
    expect(Array.from(copy.dataSync())).toEqual(Array.from(values));
    copy.dispose();
    expect(tf.backend().numDataIds()).toBe(held);
  });

  it.each([
    { from: 'float32', to: 'int32', values: [1.7, -2.5, 0, 3e9 / 2] },
    { from: 'int32', to: 'float32', values: [1, -2, 0, 7] },
    { from: 'int32', to: 'int32', values: [1, -2, 0, 7] },
    { from: 'float32', to: 'float32', values: [0.5, -0, NaN, Infinity] },
  ] as const)('Cast from $from to $to matches the cpu backend', async ({ from, to, values }) => {
    const { expected, actual } = await runOnBoth(
      tf,
      'Cast',
      { x: { values: [...values], shape: [4], dtype: from } },
      { dtype: to },
    );
    expect(Array.from(actual.values)).toEqual(Array.from(expected.values));
  });
});
