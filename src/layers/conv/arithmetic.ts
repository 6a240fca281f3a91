import { layerError, type LayerIssue } from '../issue';

export type Padding = 'valid' | 'same';

/**
 * Output length of a convolution or pooling window along one axis, with the formula written out.
 * Keras' rules: the effective kernel is d·(k−1)+1; 'valid' gives ⌊(n − k_eff)/s⌋ + 1 and 'same' gives ⌈n/s⌉.
 */
export function windowOutputLength(
  n: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: Padding,
): { length: number; formula: string } {
  const effective = dilation * (kernel - 1) + 1;
  if (padding === 'same') {
    return { length: Math.ceil(n / stride), formula: `⌈${n}/${stride}⌉` };
  }
  const k = dilation > 1 ? `(${dilation}·(${kernel}−1)+1)` : `${kernel}`;
  return {
    length: Math.floor((n - effective) / stride) + 1,
    formula: `(${n} − ${k} + 2·0)/${stride} + 1`,
  };
}

const AXIS_NAMES = ['height', 'width'];

/**
 * Spatial output dimensions for a windowed layer over `spatial` input dims, or the issue that
 * explains a window larger than its input or an output size that is zero or negative.
 */
export function windowOutputShape(
  layer: string,
  spatial: readonly number[],
  kernel: readonly number[],
  strides: readonly number[],
  dilation: readonly number[],
  padding: Padding,
): { ok: true; dims: number[] } | { ok: false; issue: LayerIssue } {
  const dims: number[] = [];
  for (let i = 0; i < spatial.length; i++) {
    const n = spatial[i]!;
    const k = kernel[i]!;
    const s = strides[i]!;
    const d = dilation[i] ?? 1;
    const axis = spatial.length === 1 ? 'length' : (AXIS_NAMES[i] ?? `axis ${i}`);
    const { length, formula } = windowOutputLength(n, k, s, d, padding);
    const effective = d * (k - 1) + 1;
    if (padding === 'valid' && effective > n) {
      return {
        ok: false,
        issue: layerError(
          'kernel-too-large',
          `${layer}: the window spans ${effective} along the ${axis} but the input is only ${n}, so the output would be ${formula} = ${length}. Use padding 'same', a smaller kernel, or a larger input.`,
          { param: 'kernelSize', fix: { kind: 'setParams', params: { padding: 'same' }, label: "Use padding 'same'" } },
        ),
      };
    }
    if (length <= 0) {
      return {
        ok: false,
        issue: layerError(
          'empty-output',
          `${layer}: the output ${axis} is ${formula} = ${length}, which is not positive.`,
          { param: 'strides' },
        ),
      };
    }
    dims.push(length);
  }
  return { ok: true, dims };
}

/** tfjs and Keras reject strides > 1 together with dilation > 1 in the same layer. */
export function stridesWithDilation(strides: readonly number[], dilation: readonly number[]): LayerIssue[] {
  const strided = strides.some((s) => s > 1);
  const dilated = dilation.some((d) => d > 1);
  if (!strided || !dilated) return [];
  return [
    layerError(
      'strides-and-dilation',
      `Strides ${strides.join('×')} together with dilation ${dilation.join('×')} is not allowed: use strides 1 with dilation, or dilation 1 with strides.`,
      { param: 'dilation', fix: { kind: 'setParams', params: { dilation: strides.map(() => 1) }, label: 'Set dilation to 1' } },
    ),
  ];
}
