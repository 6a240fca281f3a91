/**
 * What a layer converter works with: its Keras layer, its input tensors, and the builder.
 *
 * NeuroCanvas tensors are channels-last ([batch, H, W, C], [batch, T, F]); ONNX's Conv and pooling
 * ops want channels first ([batch, C, H, W], [batch, F, T]). Each tensor carries the layout it
 * currently has, so a chain of convolutions transposes once on the way in and once on the way out
 * instead of around every op. A tensor converted once is reused by every layer that reads it.
 */
import type { ExportWeight } from '../bundle/types';
import type { OnnxGraphBuilder } from './graphBuilder';
import type { UnsupportedWhy } from '../bundle/why';

export type Layout = 'channelsLast' | 'channelsFirst';

export interface TensorValue {
  /** The ONNX tensor's name. */
  name: string;
  /** NeuroCanvas' shape without the batch, always in channels-last order, whatever the layout. */
  shape: readonly number[];
  layout: Layout;
}

export interface KerasLayerConfig {
  name: string;
  className: string;
  config: Readonly<Record<string, unknown>>;
}

/** ONNX axis (batch = 0) of the channels of `v`. */
export function channelAxis(v: TensorValue): number {
  return v.layout === 'channelsFirst' ? 1 : v.shape.length;
}

/**
 * Where each axis of the channels-last tensor (batch included) sits in `layout`: channels-first
 * moves the last axis to position 1.
 */
export function physicalAxis(v: TensorValue, logicalAxis: number): number {
  if (v.layout === 'channelsLast' || logicalAxis === 0) return logicalAxis;
  return logicalAxis === v.shape.length ? 1 : logicalAxis + 1;
}

/** Dims that broadcast a per-channel vector of `channels` values against `v`. */
export function perChannelDims(v: TensorValue, channels: number): number[] {
  return v.layout === 'channelsFirst'
    ? [channels, ...new Array<number>(v.shape.length - 1).fill(1)]
    : [channels];
}

export class LayoutConverter {
  private readonly memo = new Map<string, TensorValue>();

  constructor(private readonly b: OnnxGraphBuilder) {}

  /** How many Transposes putting every tensor of `values` into `layout` would add. */
  cost(values: readonly TensorValue[], layout: Layout): number {
    return values.filter(
      (v) =>
        v.layout !== layout && v.shape.length >= 2 && !this.memo.has(`${v.name}\u0000${layout}`),
    ).length;
  }

  channelsLast(v: TensorValue): TensorValue {
    if (v.layout === 'channelsLast') return v;
    const rank = v.shape.length + 1;
    // [N, C, d1…dk] → [N, d1…dk, C]
    const perm = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
    return this.convert(v, 'channelsLast', perm);
  }

  /** Vectors ([batch, C]) have no other axes, so they are the same in both layouts. */
  channelsFirst(v: TensorValue): TensorValue {
    if (v.layout === 'channelsFirst' || v.shape.length < 2) return v;
    const rank = v.shape.length + 1;
    // [N, d1…dk, C] → [N, C, d1…dk]
    const perm = [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
    return this.convert(v, 'channelsFirst', perm);
  }

  private convert(v: TensorValue, layout: Layout, perm: number[]): TensorValue {
    const key = `${v.name}\u0000${layout}`;
    const known = this.memo.get(key);
    if (known) return known;
    const scope = v.name.split('/')[0]!;
    const suffix = layout === 'channelsLast' ? 'to_channels_last' : 'to_channels_first';
    const name = this.b.op(`${scope}/${suffix}`, 'Transpose', [v.name], { perm });
    const out: TensorValue = { name, shape: v.shape, layout };
    this.memo.set(key, out);
    return out;
  }
}

export interface ConvertContext {
  b: OnnxGraphBuilder;
  layer: KerasLayerConfig;
  inputs: readonly TensorValue[];
  /** The layer's output shape without the batch, channels-last. */
  outputShape: readonly number[];
  layouts: LayoutConverter;
  /** The layer's weight of that name ('kernel', 'bias', 'gamma', …); an error if it has none. */
  weight(name: string): ExportWeight;
  /** The weight, or undefined when the layer has none of that name (no bias, no gamma). */
  optionalWeight(name: string): ExportWeight | undefined;
}

export interface LayerConverter {
  /** Why this layer's settings have no ONNX equivalent, else null. */
  check?(config: Readonly<Record<string, unknown>>): UnsupportedWhy | null;
  convert(ctx: ConvertContext): TensorValue;
}
