import { layerError, type LayerIssue } from '../issue';

export type Padding = 'valid' | 'same';

/** Reads a padding parameter; anything but 'same' is Keras' default, 'valid'. */
export function asPadding(value: string): Padding {
  return value === 'same' ? 'same' : 'valid';
}

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

/**
 * Output length of a transposed convolution along one axis (Keras' rule, no output padding):
 * 'valid' gives n·s + max(k − s, 0), which is (n − 1)·s + k whenever k ≥ s; 'same' gives n·s.
 */
export function transposedOutputLength(
  n: number,
  kernel: number,
  stride: number,
  padding: Padding,
): number {
  return padding === 'same' ? n * stride : n * stride + Math.max(kernel - stride, 0);
}

const AXIS_NAMES = ['height', 'width'];

/** How the window is called in messages and which parameter sets its size. */
export interface WindowWords {
  /** 'kernel' for convolutions, 'pool' for pooling. */
  window: string;
  /** The parameter an oversized window points at: 'kernelSize' or 'poolSize'. */
  param: string;
}

const KERNEL_WORDS: WindowWords = { window: 'kernel', param: 'kernelSize' };

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
  words: WindowWords = KERNEL_WORDS,
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
          `${layer}: the window spans ${effective} along the ${axis} but the input is only ${n}, so the output would be ${formula} = ${length}. Use padding 'same', a smaller ${words.window}, or a larger input.`,
          {
            param: words.param,
            fix: {
              kind: 'setParams',
              params: { padding: 'same' },
              label: "Use padding 'same'",
            },
          },
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

/**
 * tfjs and Keras reject strides > 1 together with dilation > 1 in the same layer. Accepts the
 * single integers of 1-D layers as well as pairs; the fix sets dilation in the same form.
 */
export function stridesWithDilation(
  strides: number | readonly number[],
  dilation: number | readonly number[],
): LayerIssue[] {
  const strideList = typeof strides === 'number' ? [strides] : strides;
  const dilationList = typeof dilation === 'number' ? [dilation] : dilation;
  const strided = strideList.some((s) => s > 1);
  const dilated = dilationList.some((d) => d > 1);
  if (!strided || !dilated) return [];
  const noDilation = typeof dilation === 'number' ? 1 : dilationList.map(() => 1);
  return [
    layerError(
      'strides-and-dilation',
      `Strides ${strideList.join('×')} together with dilation ${dilationList.join('×')} is not allowed: use strides 1 with dilation, or dilation 1 with strides.`,
      {
        param: 'dilation',
        fix: { kind: 'setParams', params: { dilation: noDilation }, label: 'Set dilation to 1' },
      },
    ),
  ];
}

/**
 * The dilation rules of a convolution: strides together with dilation is an error; dilation alone
 * is a warning, because TensorFlow.js has no gradient for dilated convolutions, so such a model
 * can be designed, inspected and exported, but not trained here.
 */
export function dilationIssues(
  strides: number | readonly number[],
  dilation: number | readonly number[],
): LayerIssue[] {
  const clash = stridesWithDilation(strides, dilation);
  if (clash.length > 0) return clash;
  const dilationList = typeof dilation === 'number' ? [dilation] : dilation;
  if (!dilationList.some((d) => d > 1)) return [];
  return [
    {
      severity: 'warning',
      code: 'dilated-not-trainable',
      message: `Dilation ${dilationList.join('×')} works for designing, inspecting shapes and exporting, but TensorFlow.js cannot compute gradients through a dilated convolution, so this model cannot be trained in NeuroCanvas.`,
      param: 'dilation',
    },
  ];
}
