/**
 * Identity, and Cast to the dtype a tensor already has, without copying.
 *
 * The WebAssembly backend copies the data for both. The engine clones every tensor that a
 * gradient will need (through Identity), and the ReLU gradient casts its float mask to float,
 * so a training step of a small CNN copied about 1.5 million values for nothing. Since no
 * kernel writes into its inputs, the result can share the input's memory, counted by the
 * backend's reference count (its own Reshape shares memory the same way).
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs';

export function sharedCopy(backend: KernelBackend, x: TensorInfo): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: [...x.shape], dtype: x.dtype };
}
