import { beforeAll, describe, expect, it } from 'vitest';
import type { KernelBackend } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { seededValues } from '../testing/compare';
import { allFinite } from './finite';
import { heapMemory, heapOf } from './heap';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

/** `size` seeded values with `value` written at `at` (if given). */
function values(size: number, at?: number, value?: number): Float32Array {
  const out = seededValues(size, 5);
  if (at !== undefined) out[at] = value!;
  return out;
}

describe('allFinite on the wasm heap', () => {
  it.each([
    { name: 'finite values', x: values(1000), finite: true },
    { name: 'finite values, a tail of three', x: values(1003), finite: true },
    { name: 'fewer than four values', x: values(3), finite: true },
    { name: '+∞ among the groups of four', x: values(1000, 517, Infinity), finite: false },
    { name: '−∞ as the first value', x: values(1000, 0, -Infinity), finite: false },
    { name: 'NaN in the tail', x: values(1003, 1001, Number.NaN), finite: false },
    { name: 'NaN alone', x: values(2, 1, Number.NaN), finite: false },
    {
      name: 'large values whose sum would overflow',
      x: new Float32Array(64).fill(3e38),
      finite: true,
    },
  ])('$name: $finite', ({ x, finite }) => {
    const backend = tf.backend() as KernelBackend;
    const t = tf.tensor1d(x);
    try {
      expect(allFinite(heapOf(backend)!, heapMemory(backend), t)).toBe(finite);
      // The JavaScript loop alone agrees.
      expect(allFinite(heapOf(backend)!, null, t)).toBe(finite);
    } finally {
      t.dispose();
    }
  });

  it('frees its scratch memory', () => {
    const held = tf.backend().numDataIds();
    const t = tf.tensor1d(values(100));
    allFinite(heapOf(tf.backend() as KernelBackend)!, heapMemory(tf.backend() as KernelBackend), t);
    t.dispose();
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
