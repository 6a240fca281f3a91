/** Pieces of loops shared by the hand-written WebAssembly kernels (i32 locals only). */
import { op } from './wasmBinary';

/** local −= 1, and loop again while it is not 0 (so every such loop runs at least once). */
export const countDown = (local: number): number[] => [
  ...op.get(local),
  ...op.i32(1),
  ...op.i32Sub,
  ...op.tee(local),
  ...op.brIf(0),
];

/** local += bytes. */
export const advance = (local: number, bytes: number): number[] => [
  ...op.get(local),
  ...op.i32(bytes),
  ...op.i32Add,
  ...op.set(local),
];
