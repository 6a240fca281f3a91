/**
 * The core of both input gradients (ordinary and depthwise convolution): a "transposed"
 * convolution written as an ordinary one, so that it runs on the backend's fast convolution.
 *
 * dy [N,Ho,Wo,Cout] is spread out to stride 1 (s−1 zeros after each element: a reshape, a pad
 * and a reshape), its unused leading positions are dropped, and it is convolved at stride 1
 * and the forward dilation with taps the caller has already reversed, padded as
 * `inputGradientAxis` says; the result is cut to the input's height and width.
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import { explicitPad, inputGradientAxis } from './geometry';
import type { KernelScope } from './kernelScope';

export interface TransposedConvGeometry {
  /** The forward input's batch, height and width. */
  N: number;
  H: number;
  W: number;
  KH: number;
  KW: number;
  strides: [number, number];
  dilations: [number, number];
  top: number;
  left: number;
}

export function transposedConvolution(
  scope: KernelScope,
  dy: TensorInfo,
  reversedTaps: TensorInfo,
  kernelName: 'Conv2D' | 'DepthwiseConv2dNative',
  g: TransposedConvGeometry,
): TensorInfo {
  const [, Ho, Wo, Cout] = dy.shape as [number, number, number, number];
  const [sh, sw] = g.strides;
  const [dh, dw] = g.dilations;
  let spread = dy;
  if (sh > 1 || sw > 1) {
    const gaps = scope.run(
      'PadV2',
      { x: scope.reshape(dy, [g.N * Ho, 1, Wo, 1, Cout]) },
      {
        paddings: [
          [0, 0],
          [0, sh - 1],
          [0, 0],
          [0, sw - 1],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    spread = scope.reshape(gaps, [g.N, Ho * sh, Wo * sw, Cout]);
  }
  const rows = inputGradientAxis(g.H, g.KH, dh, g.top, Ho * sh);
  const cols = inputGradientAxis(g.W, g.KW, dw, g.left, Wo * sw);
  const used = scope.slice(
    spread,
    [0, rows.crop, cols.crop, 0],
    [g.N, Ho * sh - rows.crop, Wo * sw - cols.crop, Cout],
  );
  const conv = scope.run(
    kernelName,
    { x: used, filter: reversedTaps },
    {
      strides: [1, 1],
      dilations: [dh, dw],
      pad: explicitPad(rows.padBefore, rows.padAfter, cols.padBefore, cols.padAfter),
      dataFormat: 'NHWC',
    },
  );
  const outChannels = conv.shape[3]!;
  return scope.slice(conv, [0, 0, 0, 0], [g.N, g.H, g.W, outChannels]);
}
