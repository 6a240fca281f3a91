/**
 * The filter gradient of a 2-D convolution, composed from the backend's own fast kernels
 * (the WebAssembly backend has none of its own).
 *
 *   dW[kh,kw,ci,co] = Σ_{n,i,j} x[n, i·sh + kh·dh − top, j·sw + kw·dw − left, ci] · dy[n,i,j,co]
 *
 * is itself a convolution once the roles are swapped: x transposed to [Ci,H,W,N] is the input
 * (channels become the batch, the batch becomes the channels), dy transposed to [Ho,Wo,N,Co] is
 * the filter, the forward stride becomes the dilation and the forward dilation the stride. The
 * forward padding goes into the convolution's explicit padding (no padded copy of x), the
 * result [Ci,KH',KW',Co] is cut to [Ci,KH,KW,Co] and transposed to [KH,KW,Ci,Co].
 *
 * Channels-last data on the WebAssembly heap takes a faster way: sparseConvGradients.ts when dy
 * is mostly zeros, the SIMD tiles of conv2dFilterTiled.ts otherwise.
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import { tiledFilterGradient } from './conv2dFilterTiled';
import type { FourD, Pad } from './geometry';
import { explicitPad, filterGradientAxis, isEmpty } from './geometry';
import type { KernelScope } from './kernelScope';
import { sparseFilterGradient } from './sparseConvGradients';

export interface FilterGradientAttrs {
  filterShape: FourD;
  strides: number | [number, number];
  /** Not an attribute of tfjs's kernel (its gradient refuses dilated convolutions); 1 if absent. */
  dilations?: number | [number, number];
  pad: Pad;
  dataFormat?: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

export function conv2dFilterGradient(
  scope: KernelScope,
  x: TensorInfo,
  dy: TensorInfo,
  attrs: FilterGradientAttrs,
  /** Given, channels-last data on its heap goes to tiledFilterGradient (much faster). */
  backend: KernelBackend | null = null,
): TensorInfo {
  const { filterShape } = attrs;
  const channelsFirst = attrs.dataFormat === 'NCHW';
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as FourD,
    filterShape,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    channelsFirst ? 'channelsFirst' : 'channelsLast',
  );
  const [KH, KW, Ci, Co] = filterShape;
  if (isEmpty(x, dy))
    return scope.run('Fill', {}, { shape: filterShape, value: 0, dtype: 'float32' });
  const sparse =
    backend && !channelsFirst ? sparseFilterGradient(scope, backend, x, dy, info) : null;
  if (sparse) return sparse;
  const tiled =
    backend && !channelsFirst
      ? tiledFilterGradient(scope, backend, x, dy, info, filterShape)
      : null;
  if (tiled) return tiled;
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const { top, left } = info.padInfo;
  // dy's own size, which is what the forward pass produced.
  const [Ho, Wo] = channelsFirst ? [dy.shape[2]!, dy.shape[3]!] : [dy.shape[1]!, dy.shape[2]!];
  const rows = filterGradientAxis(info.inHeight, KH, sh, dh, top, Ho);
  const cols = filterGradientAxis(info.inWidth, KW, sw, dw, left, Wo);

  const xT = scope.transpose(x, channelsFirst ? [1, 2, 3, 0] : [3, 1, 2, 0]);
  const dyT = scope.transpose(dy, channelsFirst ? [2, 3, 0, 1] : [1, 2, 0, 3]);
  const conv = scope.run(
    'Conv2D',
    { x: xT, filter: dyT },
    {
      strides: [dh, dw],
      dilations: [sh, sw],
      pad: explicitPad(top, rows.after, left, cols.after),
      dataFormat: 'NHWC',
    },
  );
  const cut = scope.slice(conv, [0, 0, 0, 0], [Ci, KH, KW, Co]);
  return scope.transpose(cut, [1, 2, 0, 3]);
}
