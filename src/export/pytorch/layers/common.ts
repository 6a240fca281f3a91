/** Pieces several layer entries share: config readers, activations, 'same' padding and layouts. */
import type { ExportTensor } from '../../bundle/types';
import { py } from '../names';
import type { HelperName } from '../python/helpers';
import type { LayerContext, Layout } from './types';

export const num = (
  c: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
): number => {
  const v = c[key];
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && typeof v[0] === 'number') return v[0];
  return fallback;
};

/** A per-axis setting: `3` or `[3]` or `[3, 3]`, as a list of `rank` numbers. */
export function ints(
  c: Readonly<Record<string, unknown>>,
  key: string,
  rank: number,
  fallback: number,
): number[] {
  const v = c[key];
  if (typeof v === 'number') return new Array<number>(rank).fill(v);
  if (Array.isArray(v) && v.length === rank && v.every((d) => typeof d === 'number'))
    return v as number[];
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'number')
    return new Array<number>(rank).fill(v[0]);
  return new Array<number>(rank).fill(fallback);
}

export function weight(ctx: LayerContext, name: string): ExportTensor {
  const t = ctx.weights.get(name);
  if (!t) throw new Error(`Layer '${ctx.layerName}' has no weight '${name}'.`);
  return t;
}

/** The axis of the channels in PyTorch for a tensor of `rank` (batch excluded) in `layout`. */
export function channelDim(layout: Layout, rank: number): number {
  return layout === 'first' ? 1 : rank;
}

/**
 * A Keras activation applied to a Python expression. Softmax is over the channels (Keras' last
 * axis), which is dim 1 once a tensor is channels-first.
 */
export function activate(name: string, expr: string, layout: Layout, rank: number): string {
  switch (name) {
    case 'linear':
      return expr;
    case 'relu':
      return `torch.relu(${expr})`;
    case 'sigmoid':
      return `torch.sigmoid(${expr})`;
    case 'tanh':
      return `torch.tanh(${expr})`;
    case 'softmax':
      return `torch.softmax(${expr}, dim=${rank === 1 ? -1 : channelDim(layout, rank)})`;
    case 'elu':
      return `F.elu(${expr})`;
    case 'selu':
      return `F.selu(${expr})`;
    case 'softplus':
      return `F.softplus(${expr})`;
    case 'hard_sigmoid':
      return `hard_sigmoid(${expr})`;
    default:
      throw new Error(`Activation '${name}' has no PyTorch form here.`);
  }
}

/** The helpers an activation needs. */
export function activationHelpers(...names: string[]): HelperName[] {
  return names.includes('hard_sigmoid') ? ['hard_sigmoid'] : [];
}

export function activationOf(c: Readonly<Record<string, unknown>>, key = 'activation'): string {
  const v = c[key];
  return typeof v === 'string' ? v.toLowerCase() : 'linear';
}

/**
 * TensorFlow's 'same' padding along one axis: the output has ⌈n/s⌉ positions, and the
 * total padding max((out − 1)·s + d·(k − 1) + 1 − n, 0) is split with the smaller half first.
 * PyTorch's `padding=` pads both sides equally, so an odd total needs F.pad.
 */
export function samePads(
  n: number,
  kernel: number,
  stride: number,
  dilation = 1,
): [number, number] {
  const out = Math.ceil(n / stride);
  const total = Math.max((out - 1) * stride + dilation * (kernel - 1) + 1 - n, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** Pads per spatial axis, [[before, after], …], or all zeros for 'valid'. */
export function paddingOf(
  ctx: LayerContext,
  kernel: readonly number[],
  strides: readonly number[],
  dilation: readonly number[],
): [number, number][] {
  const spatial = ctx.inputs[0]!.shape.slice(0, -1);
  if (ctx.config.padding !== 'same') return spatial.map(() => [0, 0]);
  return spatial.map((n, i) => samePads(n, kernel[i]!, strides[i]!, dilation[i] ?? 1));
}

export const symmetric = (pads: readonly [number, number][]) => pads.every(([a, b]) => a === b);
export const anyPadding = (pads: readonly [number, number][]) => pads.some(([a, b]) => a + b > 0);

/** F.pad's argument: the last axis first, (left, right, top, bottom). */
export function fPadArg(pads: readonly [number, number][]): string {
  return py([...pads].reverse().flat());
}

export const tuple = (values: readonly number[]) => py(values.length === 1 ? values[0] : values);
