/** Rearranging weights from the layouts tfjs keeps them in to the ones PyTorch expects. */
import type { ExportTensor } from '../bundle/types';

/** `out[i₀, …] = t[i_{axes⁻¹}…]`: axis k of the result is axis `axes[k]` of `t` (numpy.transpose). */
export function permute(t: ExportTensor, axes: readonly number[]): ExportTensor {
  const rank = t.shape.length;
  if (axes.length !== rank)
    throw new Error(`A rank-${rank} tensor cannot be permuted by [${axes.join(', ')}].`);
  const shape = axes.map((a) => t.shape[a]!);
  const inStrides = stridesOf(t.shape);
  const stride = axes.map((a) => inStrides[a]!);
  const values = new Float32Array(t.values.length);
  const index = new Array<number>(rank).fill(0);
  for (let o = 0; o < values.length; o++) {
    let i = 0;
    for (let k = 0; k < rank; k++) i += index[k]! * stride[k]!;
    values[o] = t.values[i]!;
    for (let k = rank - 1; k >= 0; k--) {
      if (++index[k]! < shape[k]!) break;
      index[k] = 0;
    }
  }
  return { shape, values };
}

export function transpose2d(t: ExportTensor): ExportTensor {
  return permute(t, [1, 0]);
}

/** The same values under another shape (row-major order is kept). */
export function reshape(t: ExportTensor, shape: readonly number[]): ExportTensor {
  return { shape, values: t.values };
}

export function filled(shape: readonly number[], value: number): ExportTensor {
  return { shape, values: new Float32Array(shape.reduce((p, d) => p * d, 1)).fill(value) };
}

function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = s;
    s *= shape[k]!;
  }
  return strides;
}
