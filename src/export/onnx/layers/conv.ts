/**
 * Convolutions. ONNX's Conv and ConvTranspose read channels-first data and weights laid out
 * [out, in / group, k…]; tfjs keeps kernels as [k…, in, out] (transposed: [k…, out, in]).
 */
import { activate, checkActivation } from '../activations';
import type { ConvertContext, LayerConverter, TensorValue } from '../context';
import { transposeArray } from '../tensorMath';
import { windowPads, windowSetting } from './windows';

type Config = Readonly<Record<string, unknown>>;

/** The kernel as ONNX wants it: tfjs' [k…, a, b] becomes [b, a, k…]. */
function onnxKernel(ctx: ConvertContext, weightName: string): string {
  const w = ctx.weight(weightName);
  const spatial = w.shape.length - 2;
  const perm = [spatial + 1, spatial, ...Array.from({ length: spatial }, (_, i) => i)];
  const t = transposeArray(w, perm);
  return ctx.b.floats(`${ctx.layer.name}/${weightName}`, t.shape, t.values);
}

function bias(ctx: ConvertContext): string[] {
  const b = ctx.optionalWeight('bias');
  return b ? [ctx.b.floats(`${ctx.layer.name}/bias`, b.shape, b.values)] : [];
}

interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  pads: number[];
}

function window(config: Config, input: TensorValue): Window {
  const spatial = input.shape.slice(0, -1);
  const axes = spatial.length;
  const kernel = windowSetting(config, 'kernel_size', axes);
  const strides = windowSetting(config, 'strides', axes);
  const dilations = windowSetting(config, 'dilation_rate', axes);
  return {
    kernel,
    strides,
    dilations,
    pads: windowPads(spatial, kernel, strides, dilations, config.padding),
  };
}

function convAttributes(w: Window, group: number) {
  return {
    kernel_shape: w.kernel,
    strides: w.strides,
    dilations: w.dilations,
    pads: w.pads,
    group,
  };
}

const checkConv = (config: Config) => checkActivation(config.activation);

/** Conv1D and Conv2D: one Conv with all input channels in one group. */
export const conv: LayerConverter = {
  check: checkConv,
  convert(ctx) {
    const x = ctx.layouts.channelsFirst(ctx.inputs[0]!);
    const w = window(ctx.layer.config, ctx.inputs[0]!);
    const kernel = onnxKernel(ctx, 'kernel');
    const y = ctx.b.op(
      ctx.layer.name,
      'Conv',
      [x.name, kernel, ...bias(ctx)],
      convAttributes(w, 1),
    );
    const out: TensorValue = { name: y, shape: ctx.outputShape, layout: 'channelsFirst' };
    return activate(ctx, out, String(ctx.layer.config.activation));
  },
};

/**
 * A depthwise convolution is a Conv with one group per input channel. tfjs' kernel
 * [kh, kw, C, M] gives output channel c·M + m to filter m of channel c, which is exactly how ONNX
 * numbers a group's outputs, so [kh, kw, C, M] only needs to become [C·M, 1, kh, kw].
 */
function depthwiseKernel(ctx: ConvertContext): string {
  const w = ctx.weight('depthwise_kernel');
  const [kh, kw, c, m] = w.shape as [number, number, number, number];
  const t = transposeArray(w, [2, 3, 0, 1]);
  return ctx.b.floats(`${ctx.layer.name}/depthwise_kernel`, [c * m, 1, kh, kw], t.values);
}

export const depthwiseConv2d: LayerConverter = {
  check: checkConv,
  convert(ctx) {
    const input = ctx.inputs[0]!;
    const x = ctx.layouts.channelsFirst(input);
    const w = window(ctx.layer.config, input);
    const channels = input.shape.at(-1)!;
    const y = ctx.b.op(
      ctx.layer.name,
      'Conv',
      [x.name, depthwiseKernel(ctx), ...bias(ctx)],
      convAttributes(w, channels),
    );
    const out: TensorValue = { name: y, shape: ctx.outputShape, layout: 'channelsFirst' };
    return activate(ctx, out, String(ctx.layer.config.activation));
  },
};

/** Depthwise (with the strides and dilation) then a 1×1 pointwise Conv, as tfjs computes it. */
export const separableConv2d: LayerConverter = {
  check: checkConv,
  convert(ctx) {
    const input = ctx.inputs[0]!;
    const x = ctx.layouts.channelsFirst(input);
    const w = window(ctx.layer.config, input);
    const channels = input.shape.at(-1)!;
    const depthwise = ctx.b.op(
      ctx.layer.name,
      'Conv',
      [x.name, depthwiseKernel(ctx)],
      convAttributes(w, channels),
    );
    const pointwise = onnxKernel(ctx, 'pointwise_kernel');
    const y = ctx.b.op(ctx.layer.name, 'Conv', [depthwise, pointwise, ...bias(ctx)], {
      kernel_shape: [1, 1],
      strides: [1, 1],
      dilations: [1, 1],
      pads: [0, 0, 0, 0],
      group: 1,
    });
    const out: TensorValue = { name: y, shape: ctx.outputShape, layout: 'channelsFirst' };
    return activate(ctx, out, String(ctx.layer.config.activation));
  },
};

/**
 * Conv2DTranspose. The full transposed output along an axis is (n − 1)·s + k long; Keras keeps
 * n·s values for 'same' (cropping as TensorFlow's conv gradient does: ⌊(k − s)/2⌋ before, the rest
 * after) and n·s + max(k − s, 0) for 'valid'. When k < s either way the output is longer than the
 * full one, and ONNX's output_padding adds those s − k positions at the end, as TensorFlow does.
 */
export const conv2dTranspose: LayerConverter = {
  check: checkConv,
  convert(ctx) {
    const input = ctx.inputs[0]!;
    const x = ctx.layouts.channelsFirst(input);
    const { config } = ctx.layer;
    const kernel = windowSetting(config, 'kernel_size', 2);
    const strides = windowSetting(config, 'strides', 2);
    const crop = kernel.map((k, i) =>
      config.padding === 'same' ? Math.max(k - strides[i]!, 0) : 0,
    );
    const pads = [...crop.map((c) => Math.floor(c / 2)), ...crop.map((c) => c - Math.floor(c / 2))];
    const outputPadding = kernel.map((k, i) => Math.max(strides[i]! - k, 0));
    const y = ctx.b.op(
      ctx.layer.name,
      'ConvTranspose',
      [x.name, onnxKernel(ctx, 'kernel'), ...bias(ctx)],
      {
        kernel_shape: kernel,
        strides,
        dilations: [1, 1],
        pads,
        output_padding: outputPadding,
        group: 1,
      },
    );
    const out: TensorValue = { name: y, shape: ctx.outputShape, layout: 'channelsFirst' };
    return activate(ctx, out, String(config.activation));
  },
};
