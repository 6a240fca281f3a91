/** Helpers for tests that run the same computation on two backends and compare. */
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../../compiler/tf';

/** Deterministic values in [−1, 1) (mulberry32), so failures reproduce. */
export function seededValues(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return out;
}

export interface Result {
  shape: number[];
  values: Float32Array;
}

/** Switches to `backend`, runs `compute` in a tidy scope and reads its tensors back. */
export async function onBackend(
  tf: Tf,
  backend: string,
  compute: () => Tensor | Tensor[],
): Promise<Result[]> {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  const tensors = tf.tidy(compute);
  const list = Array.isArray(tensors) ? tensors : [tensors];
  const results = list.map((t) => ({ shape: t.shape, values: t.dataSync() as Float32Array }));
  tf.dispose(list);
  return results;
}

/** Largest absolute difference, relative to the reference's largest magnitude (at least 1). */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  if (actual.length !== expected.length) return Infinity;
  let scale = 1;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]!));
    const diff = Math.abs(actual[i]! - expected[i]!);
    worst = Number.isNaN(diff) ? Infinity : Math.max(worst, diff);
  }
  return worst / scale;
}
