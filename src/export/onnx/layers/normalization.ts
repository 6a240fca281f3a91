/** Batch and layer normalisation, both over the channels (Keras axis −1). */
import { channelAxis, perChannelDims, type ConvertContext, type LayerConverter } from '../context';

function epsilon(ctx: ConvertContext): number {
  const e = ctx.layer.config.epsilon;
  return typeof e === 'number' ? e : 0.001;
}

/**
 * At prediction time batch normalisation is y = (x − mean)·γ/√(var + ε) + β per channel, so it
 * folds into one multiply and one add: a = γ/√(var + ε), b = β − mean·a (computed in float64).
 * This works in either layout and for any rank, which ONNX's BatchNormalization (channels at
 * axis 1 only) does not.
 */
export const batchNormalization: LayerConverter = {
  convert(ctx) {
    const x = ctx.inputs[0]!;
    const mean = ctx.weight('moving_mean').values;
    const variance = ctx.weight('moving_variance').values;
    const gamma = ctx.optionalWeight('gamma')?.values;
    const beta = ctx.optionalWeight('beta')?.values;
    const eps = epsilon(ctx);
    const scale = new Float32Array(mean.length);
    const shift = new Float32Array(mean.length);
    for (let c = 0; c < mean.length; c++) {
      const a = (gamma?.[c] ?? 1) / Math.sqrt(variance[c]! + eps);
      scale[c] = a;
      shift[c] = (beta?.[c] ?? 0) - mean[c]! * a;
    }
    const dims = perChannelDims(x, mean.length);
    const scope = ctx.layer.name;
    const scaled = ctx.b.op(scope, 'Mul', [x.name, ctx.b.floats(`${scope}/scale`, dims, scale)]);
    const y = ctx.b.op(scope, 'Add', [scaled, ctx.b.floats(`${scope}/shift`, dims, shift)]);
    return { ...x, name: y };
  },
};

/**
 * Layer normalisation over the channels of each position: y = (x − μ)/√(σ² + ε)·γ + β with μ and
 * σ² the mean and (biased) variance over the channels. Opset 13 has no LayerNormalization op
 * (it came with opset 17), so it is written out.
 */
export const layerNormalization: LayerConverter = {
  convert(ctx) {
    const x = ctx.inputs[0]!;
    const scope = ctx.layer.name;
    const reduce = { axes: [channelAxis(x)], keepdims: 1 };
    const b = ctx.b;
    const mean = b.op(scope, 'ReduceMean', [x.name], reduce);
    const centred = b.op(scope, 'Sub', [x.name, mean]);
    const variance = b.op(scope, 'ReduceMean', [b.op(scope, 'Mul', [centred, centred])], reduce);
    const eps = b.floats(`${scope}/epsilon`, [], Float32Array.of(epsilon(ctx)));
    const deviation = b.op(scope, 'Sqrt', [b.op(scope, 'Add', [variance, eps])]);
    let y = b.op(scope, 'Div', [centred, deviation]);
    const channels = x.shape.at(-1)!;
    const dims = perChannelDims(x, channels);
    const gamma = ctx.optionalWeight('gamma');
    if (gamma) y = b.op(scope, 'Mul', [y, b.floats(`${scope}/gamma`, dims, gamma.values)]);
    const beta = ctx.optionalWeight('beta');
    if (beta) y = b.op(scope, 'Add', [y, b.floats(`${scope}/beta`, dims, beta.values)]);
    return { ...x, name: y };
  },
};
