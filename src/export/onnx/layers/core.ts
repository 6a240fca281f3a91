/** Dense, Maxout, Dropout and the activation layers. */
import { activate, checkActivation } from '../activations';
import type { ConvertContext, LayerConverter, TensorValue } from '../context';

/** x·W + b on a [batch, in] vector; tfjs keeps W as [in, out], which is what MatMul wants. */
function affine(ctx: ConvertContext): string {
  const x = ctx.inputs[0]!;
  const scope = ctx.layer.name;
  const kernel = ctx.weight('kernel');
  const product = ctx.b.op(scope, 'MatMul', [
    x.name,
    ctx.b.floats(`${scope}/kernel`, kernel.shape, kernel.values),
  ]);
  const bias = ctx.optionalWeight('bias');
  if (!bias) return product;
  return ctx.b.op(scope, 'Add', [product, ctx.b.floats(`${scope}/bias`, bias.shape, bias.values)]);
}

export const dense: LayerConverter = {
  check: (config) => checkActivation(config.activation),
  convert(ctx) {
    const out: TensorValue = { name: affine(ctx), shape: ctx.outputShape, layout: 'channelsLast' };
    return activate(ctx, out, String(ctx.layer.config.activation));
  },
};

/**
 * Maxout: k affine maps side by side ([batch, k·units], piece p in columns p·units…), then the
 * largest piece per unit: reshape to [batch, k, units] and take the max over axis 1.
 */
export const maxout: LayerConverter = {
  convert(ctx) {
    const scope = ctx.layer.name;
    const units = Number(ctx.layer.config.units);
    const pieces = Number(ctx.layer.config.pieces);
    const shape = ctx.b.ints(`${scope}/pieces_shape`, [0, pieces, units]);
    const split = ctx.b.op(scope, 'Reshape', [affine(ctx), shape]);
    const y = ctx.b.op(scope, 'ReduceMax', [split], { axes: [1], keepdims: 0 });
    return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
  },
};

/** Dropout only acts while training: at prediction time it passes its input on unchanged. */
export const dropout: LayerConverter = {
  convert: (ctx) => ctx.inputs[0]!,
};

export const activationLayer: LayerConverter = {
  check: (config) => checkActivation(config.activation),
  convert: (ctx) => activate(ctx, ctx.inputs[0]!, String(ctx.layer.config.activation)),
};

function alphaOf(ctx: ConvertContext, fallback: number): number {
  const alpha = ctx.layer.config.alpha;
  return typeof alpha === 'number' ? alpha : fallback;
}

export const leakyRelu: LayerConverter = {
  // Keras' own default slope.
  convert: (ctx) => activate(ctx, ctx.inputs[0]!, 'leaky_relu', alphaOf(ctx, 0.3)),
};

export const elu: LayerConverter = {
  convert: (ctx) => activate(ctx, ctx.inputs[0]!, 'elu', alphaOf(ctx, 1)),
};
