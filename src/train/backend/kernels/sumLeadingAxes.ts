/**
 * A sum over a tensor's leading axes, such as the bias gradient of a convolution (dy [N,H,W,C]
 * summed to [C]), without the WebAssembly backend's transpose.
 *
 * Its Sum first transposes such a tensor so that the summed axes come last, then adds up
 * (measured: 0.6 ms for [64,26,26,8] → [8]). Here x, read as [outer, inner], is cut into
 * CHUNKS blocks of consecutive rows (copied out of the heap in one piece each, the last padded
 * with zero rows), the blocks are added element-wise by AddN, and the remaining
 * [outer / CHUNKS, inner] is summed the same way until it is small enough for the backend's
 * own Sum (0.13 ms in all for the same tensor):
 *
 *   out[j] = Σ_r Σ_b x[b·rows + r, j]
 *
 * Only additions are involved, in another order, so infinities and NaN behave as in any sum.
 * (An average pooling scaled back up was faster still, but the backend's pooling turns NaN
 * into −∞; a matrix product with a row of ones repacks the whole tensor on every call.)
 *
 * Where rows come in groups of four floats and WebAssembly SIMD runs, one SIMD loop adds the
 * rows up instead (rowKernels.ts), a group of at most 32 columns at a time (measured for
 * [64,26,26,8] → [8], best of 50: 0.05 ms, against 0.14 ms in blocks).
 */
import type { NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import type { WasmHeap } from './heap';
import type { KernelScope } from './kernelScope';
import { MAX_QUADS, sumLanes, sumRows } from './rowKernels';
import type { WasmMemory } from './wasmBinary';

const CHUNKS = 16;
/** Below this many elements the backend's own Sum is as fast (its transpose is cheap). */
const LARGE = 16384;
/** The same for the SIMD loop. */
const SIMD_LARGE = 4096;

export interface SumAttrs {
  axis: number | number[];
  keepDims?: boolean;
}

/** How many leading axes `axis` names, or 0 if it names anything else (or every axis). */
export function leadingAxes(axis: number | number[], shape: readonly number[]): number {
  const axes = [...new Set(tf.util.parseAxisParam(axis, [...shape]))].sort((p, q) => p - q);
  const leading = axes.every((a, i) => a === i) ? axes.length : 0;
  return leading < shape.length ? leading : 0;
}

/**
 * The sum, or null when the backend's own Sum is as good: x is not float32, not summed over
 * some but not all of its leading axes, or too small to be worth cutting.
 */
export function sumLeadingAxes(
  scope: KernelScope,
  heap: WasmHeap,
  x: TensorInfo,
  attrs: SumAttrs,
  memory: WasmMemory | null = null,
): TensorInfo | null {
  const k = leadingAxes(attrs.axis, x.shape);
  const outer = x.shape.slice(0, k).reduce((p, q) => p * q, 1);
  const rest = x.shape.slice(k);
  const inner = rest.reduce((p, q) => p * q, 1);
  // Small sums (a dense layer's bias at a small batch) cost less in the backend's own kernel
  // than the loop's setting up.
  const simd =
    k > 0 && inner % 4 === 0 && outer * inner >= SIMD_LARGE && memory && x.dtype === 'float32'
      ? simdSum(heap, memory, x, outer, inner)
      : null;
  const shape = attrs.keepDims ? [...Array(k).fill(1), ...rest] : rest;
  if (simd) return scope.reshape(scope.adopt(simd), shape);
  const worth = k > 0 && outer >= 2 * CHUNKS && outer * inner >= LARGE;
  if (!worth || x.dtype !== 'float32') return null;
  const rows = Math.ceil(outer / CHUNKS);
  const blocks = Array.from({ length: CHUNKS }, () => heap.makeOutput([rows, inner], 'float32'));
  let partial: TensorInfo;
  try {
    // Views after the last allocation: a growing heap detaches older ones.
    const source = heap.typedArrayFromHeap(x);
    const size = rows * inner;
    blocks.forEach((block, b) => {
      const target = heap.typedArrayFromHeap(block);
      const part = source.subarray(b * size, Math.min(source.length, (b + 1) * size));
      target.set(part);
      target.fill(0, part.length);
    });
    partial = scope.run('AddN', blocks as unknown as NamedTensorInfoMap);
  } finally {
    for (const block of blocks) heap.disposeData(block.dataId);
  }
  // Through the registry again: a partial sum still this tall is cut once more.
  const total = scope.run('Sum', { x: partial }, { axis: 0, keepDims: false });
  return scope.reshape(total, shape);
}

/** Σ over rows of x read as [outer, inner], by the SIMD loop; null without SIMD. */
function simdSum(
  heap: WasmHeap,
  memory: WasmMemory,
  x: TensorInfo,
  outer: number,
  inner: number,
): TensorInfo | null {
  const quads = inner / 4;
  const chunks: { first: number; quads: number }[] = [];
  for (let first = 0; first < quads; first += MAX_QUADS)
    chunks.push({ first, quads: Math.min(MAX_QUADS, quads - first) });
  const loops = chunks.map((c) => {
    const lanes = sumLanes(c.quads);
    return {
      ...c,
      lanes,
      main: sumRows(memory, c.quads, lanes),
      tail: sumRows(memory, c.quads, 1),
    };
  });
  if (loops.some((l) => !l.main || !l.tail)) return null;
  const out = heap.makeOutput([inner], 'float32');
  (heap.typedArrayFromHeap(out) as Float32Array).fill(0);
  const from = heap.getMemoryOffset(x.dataId);
  const to = heap.getMemoryOffset(out.dataId);
  const rowBytes = inner * 4;
  for (const l of loops) {
    const steps = Math.floor(outer / l.lanes);
    const rest = outer - steps * l.lanes;
    if (steps > 0) l.main!(from + l.first * 16, to + l.first * 16, steps, rowBytes);
    if (rest > 0)
      l.tail!(from + (outer - rest) * rowBytes + l.first * 16, to + l.first * 16, rest, rowBytes);
  }
  return out;
}
