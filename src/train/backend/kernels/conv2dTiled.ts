/**
 * The convolution of a one-channel image with few taps and no padding (a grayscale image's
 * first layer), computed directly on the WebAssembly backend's memory by the SIMD tiles of
 * convTiles.ts:
 *
 *   y[n,i,j,co] = Σ_{kh,kw} x[n, i·sh + kh·dh, j·sw + kw·dw, 0] · W[kh,kw,0,co]
 *
 * Measured against the backend's own convolution (XNNPACK, whose inner sums are only KH·KW
 * long here): [64,28,28,1] with 3×3 → 8 channels 0.29 against 0.52 ms; [32,28,28,1] with 3×3
 * → 32, 0.55 against 0.85 ms; 5×5 → 8, 0.38 against 0.50 ms. It lost wherever it had to
 * write out padding first (PadV2 on one channel is slow), with two input channels or more,
 * and with output channels not in groups of eight: those stay with XNNPACK.
 */
import type { KernelBackend, TensorInfo } from '@tensorflow/tfjs';
import { tf } from '../../../compiler/tf';
import { convKernel, runConv } from './convTiles';
import type { FourD, Pad } from './geometry';
import { heapMemory, heapOf } from './heap';
import { paddingOf, tapOffsets } from './padInput';

/** Taps unrolled into the code at most (5×5). */
const MAX_TAPS = 25;

export interface Conv2DAttrs {
  strides: number | [number, number];
  pad: Pad;
  dataFormat?: 'NHWC' | 'NCHW';
  dilations?: number | [number, number];
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/**
 * The convolution, or null where this way does not apply (see above; also channels first, data
 * not float32 or not on a reachable heap, no WebAssembly SIMD in this engine).
 */
export function tiledConv2D(
  backend: KernelBackend,
  x: TensorInfo,
  filter: TensorInfo,
  attrs: Conv2DAttrs,
): TensorInfo | null {
  const heap = heapOf(backend);
  const memory = heapMemory(backend);
  const [KH, KW, Ci, Co] = filter.shape as FourD;
  const applies =
    heap !== null &&
    memory !== null &&
    attrs.dataFormat !== 'NCHW' &&
    x.dtype === 'float32' &&
    filter.dtype === 'float32' &&
    Ci === 1 &&
    Co % 8 === 0 &&
    KH * KW <= MAX_TAPS;
  if (!applies) return null;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as FourD,
    filter.shape as FourD,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const { batchSize: N, outHeight: Ho, outWidth: Wo } = info;
  if (N * Ho * Wo === 0) return null;
  const padding = paddingOf(x, info, [Ho, Wo]);
  if (padding.top + padding.bottom + padding.left + padding.right > 0) return null;
  const g = {
    inChannels: Ci,
    outChannels: Co,
    outHeight: Ho,
    outWidth: Wo,
    xPixel: info.strideWidth * Ci,
    xRow: info.strideHeight * padding.width * Ci,
    xImage: padding.height * padding.width * Ci,
    tapOffsets: tapOffsets(info, padding.width, Ci),
  };
  const kernel = convKernel(memory, g);
  if (!kernel) return null;
  const out = heap.makeOutput(info.outShape, 'float32');
  const at = (t: TensorInfo) => heap.getMemoryOffset(t.dataId);
  runConv(kernel, g, { x: at(x), filter: at(filter), out: at(out) }, N);
  return out;
}
