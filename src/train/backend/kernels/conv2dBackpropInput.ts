/**
 * The input gradient of a 2-D convolution, composed from the backend's own fast convolution.
 * (The WebAssembly backend has this kernel, but as a plain loop several times slower than its
 * XNNPACK convolution; this replaces it.) With filter [KH,KW,Ci,Co] and dy [N,Ho,Wo,Co]:
 *
 *   dx[n,h,w,ci] = Σ_{kh,kw,co} dy[n,i,j,co] · W[kh,kw,ci,co]  where h = i·sh + kh·dh − top,
 *                                                                  w = j·sw + kw·dw − left
 *
 * That is a transposed convolution (see transposedConv.ts) with the filter reversed in space
 * and its channel axes swapped to [KH,KW,Co,Ci]. Channels-first data is transposed to
 * channels-last and back, since the backend's convolution only takes channels-last.
 *
 * When dy is mostly zeros (below a ReLU and a max pooling), sparseConvGradients.ts does only
 * the nonzero values' share of the work instead.
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import type { InputGradientAttrs } from './depthwiseBackpropInput';
import type { FourD } from './geometry';
import { isEmpty } from './geometry';
import type { WasmHeap } from './heap';
import type { KernelScope } from './kernelScope';
import { sparseInputGradient } from './sparseConvGradients';
import { transposedConvolution } from './transposedConv';
import type { WasmMemory } from './wasmBinary';

export function conv2dInputGradient(
  scope: KernelScope,
  heap: WasmHeap,
  dy: TensorInfo,
  filter: TensorInfo,
  attrs: InputGradientAttrs,
  /** Given, a mostly-zero dy goes to sparseInputGradient. */
  memory: WasmMemory | null = null,
): TensorInfo {
  const channelsFirst = attrs.dataFormat === 'NCHW';
  const filterShape = filter.shape as FourD;
  const [KH, KW] = filterShape;
  if (isEmpty(dy, filter)) {
    return scope.run('Fill', {}, { shape: attrs.inputShape, value: 0, dtype: 'float32' });
  }
  const info = tf.backend_util.computeConv2DInfo(
    attrs.inputShape,
    filterShape,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    channelsFirst ? 'channelsFirst' : 'channelsLast',
  );
  const sparse = memory && !channelsFirst && sparseInputGradient(heap, memory, dy, filter, info);
  if (sparse) return sparse;
  const dyLast = channelsFirst ? scope.transpose(dy, [0, 2, 3, 1]) : dy;
  const taps = reversedTaps(scope, heap, filter);
  const dx = transposedConvolution(scope, dyLast, taps, 'Conv2D', {
    N: info.batchSize,
    H: info.inHeight,
    W: info.inWidth,
    KH,
    KW,
    strides: [info.strideHeight, info.strideWidth],
    dilations: [info.dilationHeight, info.dilationWidth],
    top: info.padInfo.top,
    left: info.padInfo.left,
  });
  return channelsFirst ? scope.transpose(dx, [0, 3, 1, 2]) : dx;
}

/**
 * W [KH,KW,Ci,Co] reversed in space, its channel axes swapped: [KH,KW,Co,Ci]. One loop over a
 * filter's few thousand values (3 µs for [3,3,8,16]) rather than the backend's Reverse and
 * Transpose (41 µs).
 */
function reversedTaps(scope: KernelScope, heap: WasmHeap, filter: TensorInfo): TensorInfo {
  const [KH, KW, Ci, Co] = filter.shape as FourD;
  const taps = scope.adopt(heap.makeOutput([KH, KW, Co, Ci], filter.dtype));
  // Views after the last allocation: a growing heap detaches older ones.
  const from = heap.typedArrayFromHeap(filter);
  const to = heap.typedArrayFromHeap(taps);
  for (let kh = 0; kh < KH; kh++) {
    for (let kw = 0; kw < KW; kw++) {
      const target = (kh * KW + kw) * Co * Ci;
      const source = ((KH - 1 - kh) * KW + (KW - 1 - kw)) * Ci * Co;
      for (let ci = 0; ci < Ci; ci++) {
        for (let co = 0; co < Co; co++) to[target + co * Ci + ci] = from[source + ci * Co + co]!;
      }
    }
  }
  return taps;
}
