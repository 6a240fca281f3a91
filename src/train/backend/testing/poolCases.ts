/** Max-pooling geometries and kinds of values that the pooling gradient is checked on. */
import type { Pad } from '../kernels/geometry';
import { seededValues } from './compare';

export interface PoolCase {
  name: string;
  /** The pooled input, NHWC. */
  x: [number, number, number, number];
  filterSize: [number, number];
  strides: [number, number];
  pad: Pad;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

function p(
  name: string,
  x: PoolCase['x'],
  filter: number | [number, number],
  stride: number | [number, number],
  pad: Pad,
  dimRoundingMode?: PoolCase['dimRoundingMode'],
): PoolCase {
  const pair = (n: number | [number, number]): [number, number] =>
    typeof n === 'number' ? [n, n] : n;
  return {
    name,
    x,
    filterSize: pair(filter),
    strides: pair(stride),
    pad,
    ...(dimRoundingMode ? { dimRoundingMode } : {}),
  };
}

// Non-overlapping and overlapping windows, padding that clips windows, sizes that leave rows
// unread, rectangular windows and strides, one and several channels (multiples of 4 take the
// SIMD kernel for 2×2 windows), one window per image.
export const POOL_CASES: PoolCase[] = [
  p('2x2 stride 2, even input', [2, 6, 6, 3], 2, 2, 'valid'),
  p('2x2 stride 2, odd input (last row and column unread)', [2, 7, 5, 2], 2, 2, 'valid'),
  p('2x2 stride 2 same, odd input (clipped windows)', [1, 5, 7, 2], 2, 2, 'same'),
  p('3x3 stride 2 same (overlapping)', [2, 7, 7, 2], 3, 2, 'same'),
  p('3x3 stride 1 same (heavily overlapping)', [1, 5, 6, 3], 3, 1, 'same'),
  p('2x3 window, strides 1 and 2', [2, 6, 7, 2], [2, 3], [1, 2], 'valid'),
  p('3x3 stride 2, numeric padding 1', [1, 6, 6, 2], 3, 2, 1),
  p('2x2 stride 2, padding 1, rounding up', [1, 5, 5, 1], 2, 2, 1, 'ceil'),
  p('one channel', [3, 4, 4, 1], 2, 2, 'valid'),
  p('2x2 stride 2, four channels (SIMD)', [2, 6, 6, 4], 2, 2, 'valid'),
  p('2x2 stride 2, twelve channels, odd input (SIMD)', [2, 7, 5, 12], 2, 2, 'valid'),
  p('one window per image', [2, 4, 4, 5], 4, 4, 'valid'),
  p('first pooling layer of a digit classifier', [4, 26, 26, 8], 2, 2, 'valid'),
];

export interface ValueKind {
  name: string;
  make: (count: number, seed: number) => Float32Array;
}

const map = (values: Float32Array, f: (v: number, i: number) => number) => values.map(f);

// Ties, windows of negative values, the zeros that ReLU leaves, and values that never win.
export const VALUE_KINDS: ValueKind[] = [
  { name: 'distinct values', make: (n, seed) => seededValues(n, seed) },
  {
    name: 'many ties (three levels)',
    make: (n, seed) => map(seededValues(n, seed), (v) => Math.round(v)),
  },
  {
    name: 'all negative',
    make: (n, seed) => map(seededValues(n, seed), (v) => -1 - Math.abs(v)),
  },
  {
    name: 'after ReLU (many zeros)',
    make: (n, seed) => map(seededValues(n, seed), (v) => Math.max(0, v)),
  },
  {
    name: 'with −∞ and NaN',
    make: (n, seed) =>
      map(seededValues(n, seed), (v, i) => (i % 3 === 0 ? -Infinity : i % 5 === 0 ? NaN : v)),
  },
  { name: 'all −∞', make: (n) => new Float32Array(n).fill(-Infinity) },
];
