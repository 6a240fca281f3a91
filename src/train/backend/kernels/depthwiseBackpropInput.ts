/**
 * The input gradient of a depthwise convolution, composed from the backend's own kernels.
 * With filter [KH,KW,C,m] and dy [N,Ho,Wo,C·m]:
 *
 *   dx[n,h,w,c] = Σ_{kh,kw,q} dy[n,i,j,c·m+q] · W[kh,kw,c,q]  where h = i·sh + kh·dh − top,
 *                                                                   w = j·sw + kw·dw − left
 *
 * That is a transposed depthwise convolution (see transposedConv.ts) with the spatially
 * reversed filter read as [KH,KW,C·m,1] (each of the C·m dy channels convolved on its own),
 * followed by a sum of each input channel's m channels.
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import type { FourD, Pad } from './geometry';
import { isEmpty } from './geometry';
import type { KernelScope } from './kernelScope';
import { transposedConvolution } from './transposedConv';

export interface InputGradientAttrs {
  inputShape: FourD;
  strides: number | [number, number];
  /** Depthwise kernels carry it; tfjs's Conv2DBackpropInput does not (1 if absent). */
  dilations?: number | [number, number];
  pad: Pad;
  dataFormat?: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

export function depthwiseInputGradient(
  scope: KernelScope,
  dy: TensorInfo,
  filter: TensorInfo,
  attrs: InputGradientAttrs,
): TensorInfo {
  const { inputShape } = attrs;
  const [N, H, W, C] = inputShape;
  const filterShape = filter.shape as FourD;
  const [KH, KW, , m] = filterShape;
  if (isEmpty(dy, filter)) {
    return scope.run('Fill', {}, { shape: inputShape, value: 0, dtype: 'float32' });
  }
  const info = tf.backend_util.computeConv2DInfo(
    inputShape,
    filterShape,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
    true,
  );
  const reversed = scope.run('Reverse', { x: filter }, { dims: [0, 1] });
  const taps = scope.reshape(reversed, [KH, KW, C * m, 1]);
  const dx = transposedConvolution(scope, dy, taps, 'DepthwiseConv2dNative', {
    N,
    H,
    W,
    KH,
    KW,
    strides: [info.strideHeight, info.strideWidth],
    dilations: [info.dilationHeight, info.dilationWidth],
    top: info.padInfo.top,
    left: info.padInfo.left,
  });
  if (m === 1) return dx;
  const perCopy = scope.reshape(dx, [N, H, W, C, m]);
  return scope.run('Sum', { x: perCopy }, { axis: [4], keepDims: false });
}
