/**
 * Shared arithmetic of the composed convolution gradients, one spatial axis at a time.
 *
 * Forward convolution along an axis of length L, kernel size K, stride s, dilation d and
 * padding `before` reads input position  i·s + k·d − before  for output i (0 ≤ i < O) and tap
 * k (0 ≤ k < K). Both gradients below are again convolutions over that same index set.
 */
import type { TensorInfo } from '@tensorflow/tfjs';

export type FourD = [number, number, number, number];

/** tfjs's convolution padding: a rule, one number for every side, or explicit NHWC pairs. */
export type Pad =
  | 'valid'
  | 'same'
  | number
  | [[number, number], [number, number], [number, number], [number, number]];

export interface AxisPlan {
  /** Zeros to add after the data so the composed convolution sees every position it needs. */
  after: number;
  /** How many outputs that composed convolution then produces (at least the wanted count). */
  length: number;
}

/**
 * Filter gradient: dW[k] = Σ_i x[i·s + k·d − before] · dy[i] is a convolution of x (padded by
 * `before`) with dy used as a filter of O taps, stride d and dilation s. Its last read is at
 * padded position (K−1)·d + (O−1)·s, so the padded input needs that + 1 positions; padding
 * beyond the forward pass's own is never needed, and less is fine when the forward pass left
 * rows unread (then the output is longer than K and gets cut).
 */
export function filterGradientAxis(
  L: number,
  K: number,
  s: number,
  d: number,
  before: number,
  O: number,
): AxisPlan {
  const after = Math.max(0, (K - 1) * d + (O - 1) * s + 1 - before - L);
  const length = Math.floor((before + L + after - ((O - 1) * s + 1)) / d) + 1;
  return { after, length };
}

/**
 * Input gradient: dx[h] = Σ_k dyUp[h + before − k·d] · W[k], where dyUp is dy with s − 1 zeros
 * after each element (dy "upsampled" to stride 1). With the taps reversed (k' = K−1−k) this is
 * a stride-1 convolution of dyUp with dilation d and leading padding (K−1)·d − before. When that
 * is negative (an explicit padding wider than the kernel), the first positions of dyUp are
 * dropped instead. `length` counts dyUp positions actually used.
 */
export function inputGradientAxis(
  H: number,
  K: number,
  d: number,
  before: number,
  upsampledLength: number,
): { crop: number; padBefore: number; padAfter: number; length: number } {
  const lead = (K - 1) * d - before;
  const crop = Math.max(0, -lead);
  const padBefore = Math.max(0, lead);
  const used = upsampledLength - crop;
  // Outputs h = 0..H−1 read padded positions up to H − 1 + (K−1)·d.
  const padAfter = Math.max(0, H + (K - 1) * d - padBefore - used);
  return { crop, padBefore, padAfter, length: padBefore + used + padAfter - (K - 1) * d };
}

/** Explicit NHWC padding for a convolution kernel's `pad` attribute. */
export function explicitPad(
  top: number,
  bottom: number,
  left: number,
  right: number,
): Exclude<Pad, string | number> {
  return [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ];
}

export function isEmpty(...tensors: TensorInfo[]): boolean {
  return tensors.some((t) => t.shape.some((n) => n === 0));
}
