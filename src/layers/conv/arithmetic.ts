import { layerError, layerIssue, setParamsFix, type LayerIssue } from '../issue';
import { localText } from '../text/localText';

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

const AXIS_NAMES = ['height', 'width'] as const;

/** How the window is called in messages and which parameter sets its size. */
export interface WindowWords {
  /** 'kernel' for convolutions, 'pool' for pooling. */
  window: 'kernel' | 'pool';
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
    const axis = spatial.length === 1 ? 'length' : (AXIS_NAMES[i] ?? 'length');
    const { length, formula } = windowOutputLength(n, k, s, d, padding);
    const effective = d * (k - 1) + 1;
    if (padding === 'valid' && effective > n) {
      return {
        ok: false,
        issue: layerError(
          'kernel-too-large',
          localText('problems.kernelTooLarge', {
            layer,
            span: effective,
            axis,
            size: n,
            formula,
            length,
            window: words.window,
          }),
          {
            param: words.param,
            fix: setParamsFix({ padding: 'same' }, localText('problems.fix.paddingSame')),
          },
        ),
      };
    }
    if (length <= 0) {
      return {
        ok: false,
        issue: layerError(
          'empty-output',
          localText('problems.emptyOutput', { layer, axis, formula, length }),
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
      localText('problems.stridesAndDilation', {
        strides: strideList.join('×'),
        dilation: dilationList.join('×'),
      }),
      {
        param: 'dilation',
        fix: setParamsFix({ dilation: noDilation }, localText('problems.fix.dilationOne')),
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
    layerIssue(
      'warning',
      'dilated-not-trainable',
      localText('problems.dilatedNotTrainable', { dilation: dilationList.join('×') }),
      { param: 'dilation' },
    ),
  ];
}
