/** Flatten, Reshape and ZeroPadding2D. */
import type { LayerConverter } from '../context';

/**
 * Flatten and Reshape work on the channels-last order, so that the values come out in the order
 * the next Dense layer's weights were trained on.
 */
export const flatten: LayerConverter = {
  convert(ctx) {
    const x = ctx.layouts.channelsLast(ctx.inputs[0]!);
    const y = ctx.b.op(ctx.layer.name, 'Flatten', [x.name], { axis: 1 });
    return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
  },
};

export const reshape: LayerConverter = {
  convert(ctx) {
    const x = ctx.layouts.channelsLast(ctx.inputs[0]!);
    const scope = ctx.layer.name;
    // 0 keeps the batch size of the input.
    const shape = ctx.b.ints(`${scope}/shape`, [0, ...ctx.outputShape]);
    const y = ctx.b.op(scope, 'Reshape', [x.name, shape]);
    return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
  },
};

/** Zeros around the image: config padding is [[top, bottom], [left, right]]. */
export const zeroPadding2d: LayerConverter = {
  convert(ctx) {
    const x = ctx.inputs[0]!;
    const padding = ctx.layer.config.padding as readonly (readonly number[])[];
    const [[top, bottom], [left, right]] = padding as [[number, number], [number, number]];
    // Pads list the begin of every axis, then the end of every axis.
    const pads =
      x.layout === 'channelsFirst'
        ? [0, 0, top, left, 0, 0, bottom, right]
        : [0, top, left, 0, 0, bottom, right, 0];
    const scope = ctx.layer.name;
    const y = ctx.b.op(scope, 'Pad', [x.name, ctx.b.ints(`${scope}/pads`, pads)]);
    return { name: y, shape: ctx.outputShape, layout: x.layout };
  },
};
