/**
 * A convolution's input with its padding written out, for the SIMD kernels that read every
 * window without bounds checks: zeros above and left as the forward pass pads, and below and
 * right only as far as the last window reaches (less than the forward padding when that left
 * rows or columns unread).
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import type { tf } from '../../../compiler/tf';
import type { FourD } from './geometry';
import type { KernelScope } from './kernelScope';

export type Conv2DInfo = ReturnType<typeof tf.backend_util.computeConv2DInfo>;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The padded height and width. */
  height: number;
  width: number;
}

/** The padding of x [N,H,W,C] for the windows of `info` producing [Ho, Wo] positions. */
export function paddingOf(
  x: Pick<TensorInfo, 'shape'>,
  info: Conv2DInfo,
  [Ho, Wo]: [number, number],
): Padding {
  const [, H, W] = x.shape as FourD;
  const { strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const { filterHeight: KH, filterWidth: KW } = info;
  const { top, left } = info.padInfo;
  const bottom = Math.max(0, (Ho - 1) * sh + (KH - 1) * dh + 1 - top - H);
  const right = Math.max(0, (Wo - 1) * sw + (KW - 1) * dw + 1 - left - W);
  return { top, bottom, left, right, height: top + H + bottom, width: left + W + right };
}

/** x with `p` written out (x itself when there is none to write). */
export function padInput(scope: KernelScope, x: TensorInfo, p: Padding): TensorInfo {
  if (p.top + p.bottom + p.left + p.right === 0) return x;
  const paddings = [
    [0, 0],
    [p.top, p.bottom],
    [p.left, p.right],
    [0, 0],
  ];
  return scope.run('PadV2', { x }, { paddings, constantValue: 0 });
}

/** From a window's corner to each tap (kh,kw), row-major, in floats: (kh·dh·Wp + kw·dw)·C. */
export function tapOffsets(info: Conv2DInfo, paddedWidth: number, channels: number): number[] {
  const offsets: number[] = [];
  for (let kh = 0; kh < info.filterHeight; kh++) {
    for (let kw = 0; kw < info.filterWidth; kw++) {
      offsets.push((kh * info.dilationHeight * paddedWidth + kw * info.dilationWidth) * channels);
    }
  }
  return offsets;
}
