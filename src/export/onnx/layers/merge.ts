/** Add, Multiply, Average and Concatenate. */
import {
  physicalAxis,
  type ConvertContext,
  type LayerConverter,
  type TensorValue,
} from '../context';

/**
 * The inputs in one layout, whichever needs fewer new Transposes: the branches of a residual block
 * are all channels-first already, and an input that some convolution also reads has a
 * channels-first copy already. On a tie channels-first wins, as convolutions usually follow.
 */
function sameLayout(ctx: ConvertContext): TensorValue[] {
  const { layouts, inputs } = ctx;
  const first = layouts.cost(inputs, 'channelsFirst') <= layouts.cost(inputs, 'channelsLast');
  return inputs.map((v) => (first ? layouts.channelsFirst(v) : layouts.channelsLast(v)));
}

function merged(ctx: ConvertContext, inputs: readonly TensorValue[], name: string): TensorValue {
  return { name, shape: ctx.outputShape, layout: inputs[0]!.layout };
}

/** Sum and Mean take any number of inputs; Mul takes two, so it is chained. */
export function elementwise(opType: 'Sum' | 'Mul' | 'Mean'): LayerConverter {
  return {
    convert(ctx) {
      const inputs = sameLayout(ctx);
      const names = inputs.map((v) => v.name);
      const y =
        opType === 'Mul'
          ? names
              .slice(1)
              .reduce((acc, next) => ctx.b.op(ctx.layer.name, 'Mul', [acc, next]), names[0]!)
          : ctx.b.op(ctx.layer.name, opType, names);
      return merged(ctx, inputs, y);
    },
  };
}

/** Keras counts `axis` with the batch as axis 0; negative values count from the end. */
export const concatenate: LayerConverter = {
  convert(ctx) {
    const inputs = sameLayout(ctx);
    const rank = inputs[0]!.shape.length;
    const raw = ctx.layer.config.axis;
    const axis = typeof raw === 'number' ? raw : -1;
    const logical = axis < 0 ? rank + 1 + axis : axis;
    const y = ctx.b.op(
      ctx.layer.name,
      'Concat',
      inputs.map((v) => v.name),
      { axis: physicalAxis(inputs[0]!, logical) },
    );
    return merged(ctx, inputs, y);
  },
};
