/**
 * Direct access to the WebAssembly backend's memory, for the few kernels written as loops
 * over it, in JavaScript (as the backend writes some of its own, e.g. Concat and Slice) or in
 * WebAssembly of our own. A loop pays off where the backend's own kernel is a slow generic
 * loop and no composition of its fast kernels does the job.
 */
import type { DataId, DataType, KernelBackend, TensorInfo, TypedArray } from '@tensorflow/tfjs';
import { isWasmMemory, type WasmMemory } from './wasmBinary';

export interface WasmHeap {
  /** Allocates an output tensor on the heap (its contents are not cleared). */
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  /**
   * A view of a tensor's values inside the heap. Views die when the heap grows, so take
   * them after the last allocation.
   */
  typedArrayFromHeap(info: TensorInfo): TypedArray;
  disposeData(dataId: DataId): boolean;
  /** Where a tensor's values start in the heap, in bytes. */
  getMemoryOffset(dataId: DataId): number;
}

/**
 * The heap itself, for WebAssembly code of our own that works on tensors in place (the
 * backend's module exports its memory), or null if it is not reachable.
 */
export function heapMemory(backend: KernelBackend): WasmMemory | null {
  const wasm = (backend as { wasm?: { asm?: { memory?: unknown }; wasmMemory?: unknown } }).wasm;
  // The single-threaded builds export their memory; the multi-threaded build creates a shared
  // one in JavaScript, imports it, and keeps it on the module as wasmMemory.
  const memory = wasm?.asm?.memory ?? wasm?.wasmMemory;
  return isWasmMemory(memory) ? memory : null;
}

/** The backend as a heap, or null when it keeps its data elsewhere. */
export function heapOf(backend: KernelBackend): WasmHeap | null {
  const candidate = backend as Partial<WasmHeap>;
  return typeof candidate.makeOutput === 'function' &&
    typeof candidate.typedArrayFromHeap === 'function'
    ? (backend as unknown as WasmHeap)
    : null;
}
