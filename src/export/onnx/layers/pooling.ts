/** Pooling and upsampling. */
import type { LayerConverter, TensorValue } from '../context';
import { windowPads, windowSetting } from './windows';

/**
 * Max and average pooling over 1 or 2 spatial axes. Padded positions never win a max, and are left
 * out of an average (count_include_pad = 0), as in TensorFlow.
 */
export function pooling(opType: 'MaxPool' | 'AveragePool'): LayerConverter {
  return {
    convert(ctx) {
      const input = ctx.inputs[0]!;
      const x = ctx.layouts.channelsFirst(input);
      const spatial = input.shape.slice(0, -1);
      const kernel = windowSetting(ctx.layer.config, 'pool_size', spatial.length, 2);
      const strides = windowSetting(ctx.layer.config, 'strides', spatial.length, 2);
      const dilations = kernel.map(() => 1);
      const pads = windowPads(spatial, kernel, strides, dilations, ctx.layer.config.padding);
      const y = ctx.b.op(ctx.layer.name, opType, [x.name], {
        kernel_shape: kernel,
        strides,
        pads,
        ...(opType === 'AveragePool' ? { count_include_pad: 0 } : {}),
      });
      return { name: y, shape: ctx.outputShape, layout: 'channelsFirst' };
    },
  };
}

/** Global pooling: a mean or max over every axis but the batch and the channels. */
export function globalPooling(opType: 'ReduceMean' | 'ReduceMax'): LayerConverter {
  return {
    convert(ctx) {
      const x = ctx.inputs[0]!;
      const spatial = x.shape.length - 1;
      const first = x.layout === 'channelsFirst' ? 2 : 1;
      const axes = Array.from({ length: spatial }, (_, i) => first + i);
      const y = ctx.b.op(ctx.layer.name, opType, [x.name], { axes, keepdims: 0 });
      return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
    },
  };
}

/**
 * Nearest-neighbour UpSampling2D with whole factors: each row and column repeated. Written as a
 * reshape to [N, …, H, 1, W, 1, …], an Expand to the factors and a reshape back, which is exact
 * and works in either layout (Resize's coordinate rules differ between runtimes).
 */
export const upSampling2d: LayerConverter = {
  convert(ctx) {
    const x = ctx.inputs[0]!;
    const [h, w, c] = x.shape as [number, number, number];
    const [sh, sw] = windowSetting(ctx.layer.config, 'size', 2, 2) as [number, number];
    const first = x.layout === 'channelsFirst';
    const scope = ctx.layer.name;
    // Reshape's 0 keeps the batch size of the input.
    const split = first ? [0, c, h, 1, w, 1] : [0, h, 1, w, 1, c];
    const factors = first ? [1, 1, 1, sh, 1, sw] : [1, 1, sh, 1, sw, 1];
    const joined = first ? [0, c, h * sh, w * sw] : [0, h * sh, w * sw, c];
    const a = ctx.b.op(scope, 'Reshape', [x.name, ctx.b.ints(`${scope}/split_shape`, split)]);
    const b = ctx.b.op(scope, 'Expand', [a, ctx.b.ints(`${scope}/factors`, factors)]);
    const y = ctx.b.op(scope, 'Reshape', [b, ctx.b.ints(`${scope}/joined_shape`, joined)]);
    const out: TensorValue = { name: y, shape: ctx.outputShape, layout: x.layout };
    return out;
  },
};
