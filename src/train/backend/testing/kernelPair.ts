/**
 * Runs one kernel on the cpu backend (tfjs's reference) and on wasm with the same inputs, and
 * reads both results back, for tests of the kernels registered for wasm.
 */
import type { DataType, NamedAttrMap, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../../compiler/tf';
import { onBackend, type Result } from './compare';

export interface KernelInput {
  values: Float32Array | Int32Array | number[];
  shape: number[];
  dtype?: DataType;
}

export async function runKernelOn(
  tf: Tf,
  backend: string,
  kernelName: string,
  inputs: Record<string, KernelInput>,
  attrs: object = {},
): Promise<Result> {
  const [result] = await onBackend(tf, backend, () => {
    const tensors = Object.fromEntries(
      Object.entries(inputs).map(([name, input]) => [
        name,
        tf.tensor(input.values, input.shape, input.dtype ?? 'float32'),
      ]),
    );
    return tf.engine().runKernel(kernelName, tensors, attrs as NamedAttrMap) as Tensor;
  });
  return result!;
}

/** The kernel's result on the cpu backend (`expected`) and on wasm (`actual`). */
export async function runOnBoth(
  tf: Tf,
  kernelName: string,
  inputs: Record<string, KernelInput>,
  attrs: object = {},
): Promise<{ expected: Result; actual: Result }> {
  const expected = await runKernelOn(tf, 'cpu', kernelName, inputs, attrs);
  const actual = await runKernelOn(tf, 'wasm', kernelName, inputs, attrs);
  return { expected, actual };
}
