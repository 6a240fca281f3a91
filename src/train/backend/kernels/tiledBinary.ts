/**
 * Element-wise binary kernels where one operand is a short vector repeated along the other's
 * leading axes, such as a bias added to every pixel of a feature map ([N,H,W,C] + [C]).
 *
 * The WebAssembly backend's general broadcasting loop is slow when the repeated part is short
 * (measured: 0.69 ms for [64,26,26,8] + [8], against 0.07 ms for two operands of the same
 * shape), so the short operand is first written out to the full shape, by copying it once and
 * then doubling the filled part (a handful of memory copies), and the backend then runs its
 * fast same-shape kernel. Each output element is computed by the same operation on the same
 * two values, so results are identical.
 *
 * Faster still, for float32 and a repeated part of up to 32 floats in groups of four (a bias of
 * 4, 8, 16… channels): one SIMD loop over the rows with the short operand in registers
 * (rowKernels.ts; measured for [64,26,26,8] + [8], best of 50: 0.035 ms, against 0.097 ms
 * tiled).
 */
import type { KernelBackend, KernelFunc, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';
import type { WasmHeap } from './heap';
import { binaryRows, MAX_QUADS, type BinaryOp } from './rowKernels';
import type { WasmMemory } from './wasmBinary';

/** Below this many elements in the repeated operand, its broadcast is slow enough to tile. */
const SHORT = 64;
/** Outputs smaller than this are not worth the extra copy. */
const LARGE = 1024;

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Whether `small` repeats along `big`'s leading axes only: after dropping its leading 1s, its
 * shape is a proper suffix of `big`'s.
 */
export function repeatsAlongLeadingAxes(small: readonly number[], big: readonly number[]): boolean {
  let first = 0;
  while (first < small.length && small[first] === 1) first++;
  const tail = small.slice(first);
  if (tail.length >= big.length) return false;
  const offset = big.length - tail.length;
  return tail.every((n, i) => n === big[offset + i]);
}

export function tiledBinary(
  heap: WasmHeap,
  inputs: NamedTensorInfoMap,
  own: KernelFunc,
  backend: KernelBackend,
  /** For the SIMD loop: the heap's memory (null if unreachable) and the operation. */
  simd: { memory: WasmMemory | null; name: BinaryOp },
): TensorInfo {
  const { a, b } = inputs;
  const run = (x: TensorInfo, y: TensorInfo) =>
    own({ inputs: { a: x, b: y }, attrs: {}, backend }) as TensorInfo;
  const [small, big] = count(a!.shape) < count(b!.shape) ? [a!, b!] : [b!, a!];
  const size = count(small.shape);
  const worth =
    size > 1 &&
    size < SHORT &&
    count(big.shape) >= LARGE &&
    small.dtype === big.dtype &&
    small.dtype !== 'string' &&
    repeatsAlongLeadingAxes(small.shape, big.shape);
  if (!worth) return run(a!, b!);
  const rows =
    simd.memory && small.dtype === 'float32' ? simdRows(heap, simd, small, big, small === a) : null;
  if (rows) return rows;
  const tiled = heap.makeOutput([...big.shape], small.dtype);
  try {
    const values = heap.typedArrayFromHeap(tiled);
    values.set(heap.typedArrayFromHeap(small));
    for (let filled = size; filled < values.length; filled *= 2) {
      values.copyWithin(filled, 0, Math.min(filled, values.length - filled));
    }
    return small === a ? run(tiled, big) : run(big, tiled);
  } finally {
    heap.disposeData(tiled.dataId);
  }
}

/** The SIMD loop's result, or null where it does not apply (or there is no SIMD). */
function simdRows(
  heap: WasmHeap,
  simd: { memory: WasmMemory | null; name: BinaryOp },
  small: TensorInfo,
  big: TensorInfo,
  smallFirst: boolean,
): TensorInfo | null {
  const size = count(small.shape);
  const quads = size / 4;
  if (!Number.isInteger(quads) || quads > MAX_QUADS) return null;
  const loop = binaryRows(simd.memory!, simd.name, smallFirst, quads);
  if (!loop) return null;
  const out = heap.makeOutput([...big.shape], 'float32');
  const at = (t: TensorInfo) => heap.getMemoryOffset(t.dataId);
  loop(at(big), at(small), at(out), count(big.shape) / size);
  return out;
}
