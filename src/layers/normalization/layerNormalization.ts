import { defineLayer } from '../definition';
import { kerasInitializer } from '../keras';
import { product } from '../shape';
import { readLastAxis } from './axis';

export const layerNormalization = defineLayer({
  type: 'LayerNormalization',
  label: 'Layer Norm',
  category: 'Normalization',
  inputs: { min: 1, max: 1 },
  params: {
    epsilon: {
      kind: 'float',
      default: 0.001,
      min: 1e-7,
      max: 1,
      step: 0.0001,
      label: 'Epsilon',
      help: 'Small number added to the variance so that it is never divided by zero.',
    },
    center: {
      kind: 'bool',
      default: true,
      label: 'Learn shift β',
      help: 'Learn an offset β added after normalising.',
    },
    scale: {
      kind: 'bool',
      default: true,
      label: 'Learn scale γ',
      help: 'Learn a factor γ applied after normalising.',
    },
  },
  doc: 'Normalises the features of each example on its own to mean 0 and variance 1, then scales by γ and shifts by β: y = γ·(x − μ)/√(σ² + ε) + β. Unlike Batch Norm it does not depend on the batch, so it behaves the same in training and prediction; common in recurrent networks and transformers.',
  inferShape: (inputs) => ({ ok: true, shape: [...inputs[0]!] }),
  // γ and β each hold one value per feature of the last axis.
  paramCount(inputs, p) {
    const features = inputs[0]!.at(-1)!;
    return { trainable: features * ((p.center ? 1 : 0) + (p.scale ? 1 : 0)), nonTrainable: 0 };
  },
  // Counted like Batch Norm: one multiply-add per element (the mean and variance are not counted).
  flops: (inputs) => product(inputs[0]!),
  toKeras: (p) => ({
    class_name: 'LayerNormalization',
    config: {
      axis: -1,
      epsilon: p.epsilon,
      center: p.center,
      scale: p.scale,
      beta_initializer: kerasInitializer('zeros'),
      gamma_initializer: kerasInitializer('ones'),
      beta_regularizer: null,
      gamma_regularizer: null,
    },
  }),
  fromKeras: {
    classNames: ['LayerNormalization'],
    read(_cls, c) {
      const axis = readLastAxis(c.axis);
      if (!axis.ok) return axis;
      if (c.rms_scaling === true) {
        return { ok: false, message: 'RMS scaling (rms_scaling) is not supported' };
      }
      return {
        ok: true,
        params: {
          epsilon: typeof c.epsilon === 'number' ? c.epsilon : 0.001,
          center: c.center !== false,
          scale: c.scale !== false,
        },
      };
    },
  },
});
