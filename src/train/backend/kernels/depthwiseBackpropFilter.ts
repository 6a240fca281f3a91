/**
 * The filter gradient of a depthwise convolution, composed from the backend's own kernels.
 * With C input channels and channel multiplier m (filter [KH,KW,C,m], dy [N,Ho,Wo,C·m]):
 *
 *   dW[kh,kw,c,q] = Σ_{n,i,j} x[n, i·sh + kh·dh − top, j·sw + kw·dw − left, c] · dy[n,i,j,c·m+q]
 *
 * Per pair (c, n) this is a convolution of one image plane with one dy plane, so it is one
 * depthwise convolution over a single "image" whose C·N channels are those planes: x becomes
 * [1,H,W,C·N] (channel c·N+n), dy becomes the depthwise filter [Ho,Wo,C·N,m], the forward
 * stride becomes the dilation and the forward dilation the stride. The result [1,KH,KW,C·N·m]
 * is read as [KH,KW,C,N,m] and summed over N.
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import type { FilterGradientAttrs } from './conv2dBackpropFilter';
import type { FourD } from './geometry';
import { explicitPad, filterGradientAxis, isEmpty } from './geometry';
import type { KernelScope } from './kernelScope';

export function depthwiseFilterGradient(
  scope: KernelScope,
  x: TensorInfo,
  dy: TensorInfo,
  attrs: Omit<FilterGradientAttrs, 'dataFormat'>,
): TensorInfo {
  const { filterShape } = attrs;
  const [N, H, W, C] = x.shape as FourD;
  const [KH, KW, , m] = filterShape;
  if (isEmpty(x, dy))
    return scope.run('Fill', {}, { shape: filterShape, value: 0, dtype: 'float32' });
  const info = tf.backend_util.computeConv2DInfo(
    [N, H, W, C],
    filterShape,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
    true,
  );
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const { top, left } = info.padInfo;
  const [, Ho, Wo] = dy.shape as FourD;
  const rows = filterGradientAxis(H, KH, sh, dh, top, Ho);
  const cols = filterGradientAxis(W, KW, sw, dw, left, Wo);

  const planes = scope.reshape(scope.transpose(x, [1, 2, 3, 0]), [1, H, W, C * N]);
  const dy5 = scope.reshape(dy, [N, Ho, Wo, C, m]);
  const taps = scope.reshape(scope.transpose(dy5, [1, 2, 3, 0, 4]), [Ho, Wo, C * N, m]);
  const conv = scope.run(
    'DepthwiseConv2dNative',
    { x: planes, filter: taps },
    {
      strides: [dh, dw],
      dilations: [sh, sw],
      pad: explicitPad(top, rows.after, left, cols.after),
    },
  );
  const cut = scope.slice(conv, [0, 0, 0, 0], [1, KH, KW, C * N * m]);
  const perImage = scope.reshape(cut, [KH, KW, C, N, m]);
  if (N === 1) return scope.reshape(perImage, filterShape);
  return scope.run('Sum', { x: perImage }, { axis: [3], keepDims: false });
}
