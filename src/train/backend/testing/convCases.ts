/** The table of 2-D convolution geometries the composed gradient kernels are checked on. */
import type { Tf } from '../../../compiler/tf';
import type { FourD, Pad } from '../kernels/geometry';

export interface ConvCase {
  name: string;
  /** The forward input: NHWC, or NCHW when `nchw`. */
  x: FourD;
  kernel: [number, number];
  outChannels: number;
  strides: [number, number];
  dilations: [number, number];
  pad: Pad;
  nchw?: boolean;
}

/** One case: a stride for both axes or one per axis, one dilation for both. */
export function convCase(
  name: string,
  x: FourD,
  kernel: [number, number],
  outChannels: number,
  stride: number | [number, number],
  dilation: number,
  pad: Pad,
  nchw = false,
): ConvCase {
  const strides: [number, number] = typeof stride === 'number' ? [stride, stride] : stride;
  return { name, x, kernel, outChannels, strides, dilations: [dilation, dilation], pad, nchw };
}

// Shapes, strides, dilations (never with a stride above 1, as tfjs and Keras require), padding
// kinds, odd and even kernels, one and several channels.
const c = convCase;

export const CONV_CASES: ConvCase[] = [
  c('3x3 valid', [2, 7, 7, 3], [3, 3], 4, 1, 1, 'valid'),
  c('3x3 same', [2, 7, 7, 3], [3, 3], 4, 1, 1, 'same'),
  c('3x3 valid stride 2, even input', [2, 8, 8, 2], [3, 3], 3, 2, 1, 'valid'),
  c('3x3 same stride 2, odd input', [2, 7, 7, 2], [3, 3], 3, 2, 1, 'same'),
  c('2x2 same stride 2 (odd total padding)', [3, 7, 7, 1], [2, 2], 5, 2, 1, 'same'),
  c('4x4 same (padding 1 before, 2 after)', [1, 9, 9, 2], [4, 4], 3, 1, 1, 'same'),
  c('2x2 valid stride 2, a row left unread', [2, 9, 9, 3], [2, 2], 2, 2, 1, 'valid'),
  c('3x3 same dilation 2', [2, 10, 10, 2], [3, 3], 3, 1, 2, 'same'),
  c('3x3 valid dilation 2', [2, 9, 9, 3], [3, 3], 2, 1, 2, 'valid'),
  c('2x2 same dilation 2', [1, 8, 8, 2], [2, 2], 4, 1, 2, 'same'),
  c('3x2 same, strides 2 and 1', [2, 9, 8, 3], [3, 2], 4, [2, 1], 1, 'same'),
  c('3x3 explicit padding', [2, 6, 7, 2], [3, 3], 3, 1, 1, [
    [0, 0],
    [1, 2],
    [0, 1],
    [0, 0],
  ]),
  c('3x3 numeric padding 1, stride 2', [2, 8, 8, 2], [3, 3], 3, 2, 1, 1),
  c('5x5 same, a realistic layer', [4, 12, 12, 4], [5, 5], 6, 1, 1, 'same'),
  c('1x1 stride 2', [2, 6, 6, 3], [1, 1], 4, 2, 1, 'valid'),
  c('first layer of a digit classifier', [8, 28, 28, 1], [3, 3], 8, 1, 1, 'valid'),
  c('3x3 same stride 2, channels first', [2, 3, 7, 7], [3, 3], 4, 2, 1, 'same', true),
];

export const count = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

export function filterShapeOf(k: ConvCase): FourD {
  return [k.kernel[0], k.kernel[1], k.nchw ? k.x[1] : k.x[3], k.outChannels];
}

/** The forward output's shape, which is dy's. */
export function dyShapeOf(tf: Tf, k: ConvCase): number[] {
  return tf.backend_util.computeConv2DInfo(
    k.x,
    filterShapeOf(k),
    k.strides,
    k.dilations,
    k.pad,
    undefined,
    false,
    k.nchw ? 'channelsFirst' : 'channelsLast',
  ).outShape;
}

/**
 * tfjs's cpu convolution kernels take no dilation (tfjs refuses to differentiate dilated
 * convolutions), so references are computed with the filter written out at its full reach,
 * (K−1)·d + 1 taps with d − 1 zeros between the real ones: undilated, it acts the same.
 */
export function spreadFilter(
  filter: Float32Array,
  shape: FourD,
  [dh, dw]: [number, number],
): { shape: FourD; values: Float32Array } {
  const [KH, KW, C, M] = shape;
  const wide: FourD = [(KH - 1) * dh + 1, (KW - 1) * dw + 1, C, M];
  const values = new Float32Array(count(wide));
  const depth = C * M;
  for (let i = 0; i < KH; i++) {
    for (let j = 0; j < KW; j++) {
      const from = (i * KW + j) * depth;
      values.set(filter.subarray(from, from + depth), (i * dh * wide[1] + j * dw) * depth);
    }
  }
  return { shape: wide, values };
}
