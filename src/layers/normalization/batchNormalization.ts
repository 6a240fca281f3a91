import { defineLayer } from '../definition';
import { kerasInitializer } from '../keras';
import { product } from '../shape';
import { readLastAxis } from './axis';

export const batchNormalization = defineLayer({
  type: 'BatchNormalization',
  label: 'Batch Norm',
  category: 'Normalization',
  inputs: { min: 1, max: 1 },
  params: {
    momentum: {
      kind: 'float',
      default: 0.99,
      min: 0,
      max: 1,
      step: 0.01,
      label: 'Momentum',
      help: 'How slowly the running mean and variance used for prediction follow each batch.',
    },
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
  keyParams: ['momentum'],
  doc: 'Normalises each channel over the batch to mean 0 and variance 1, then scales by γ and shifts by β, both learned: y = γ·(x − μ)/√(σ² + ε) + β. Training becomes faster and less sensitive to the starting weights. For prediction it uses running averages of μ and σ² gathered during training.',
  // Element-wise over the last axis: the shape does not change.
  inferShape: (inputs) => ({ ok: true, shape: [...inputs[0]!] }),
  // Per channel (last axis, C values): γ and β are learned; the moving mean and variance are not.
  paramCount(inputs, p) {
    const channels = inputs[0]!.at(-1)!;
    return {
      trainable: channels * ((p.center ? 1 : 0) + (p.scale ? 1 : 0)),
      nonTrainable: 2 * channels,
    };
  },
  // At prediction time y = a·x + b per channel: one multiply-add per element.
  flops: (inputs) => product(inputs[0]!),
  toKeras: (p) => ({
    class_name: 'BatchNormalization',
    config: {
      axis: -1,
      momentum: p.momentum,
      epsilon: p.epsilon,
      center: p.center,
      scale: p.scale,
      beta_initializer: kerasInitializer('zeros'),
      gamma_initializer: kerasInitializer('ones'),
      moving_mean_initializer: kerasInitializer('zeros'),
      moving_variance_initializer: kerasInitializer('ones'),
      beta_regularizer: null,
      gamma_regularizer: null,
      beta_constraint: null,
      gamma_constraint: null,
    },
  }),
  fromKeras: {
    classNames: ['BatchNormalization'],
    read(_cls, c) {
      const axis = readLastAxis(c.axis);
      if (!axis.ok) return axis;
      if (c.renorm === true) {
        return { ok: false, message: 'batch renormalisation (renorm) is not supported' };
      }
      const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
      return {
        ok: true,
        params: {
          momentum: num(c.momentum, 0.99),
          epsilon: num(c.epsilon, 0.001),
          center: c.center !== false,
          scale: c.scale !== false,
        },
      };
    },
  },
});
