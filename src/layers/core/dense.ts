import { defineLayer } from '../definition';
import { insertFix, layerError } from '../issue';
import {
  ACTIVATION_OPTIONS,
  INITIALIZER_OPTIONS,
  kerasInitializer,
  kerasRegularizer,
  readActivation,
  readInitializer,
  readRegularizer,
} from '../keras';
import { formatShape, product } from '../shape';
import { localText } from '../text/localText';

export const dense = defineLayer({
  type: 'Dense',
  label: 'Dense',
  category: 'Core',
  inputs: { min: 1, max: 1 },
  params: {
    units: {
      kind: 'int',
      default: 64,
      min: 1,
      max: 1_000_000,
      label: 'Units',
      help: 'How many neurons, and so how many outputs.',
    },
    activation: {
      kind: 'select',
      default: 'relu',
      options: ACTIVATION_OPTIONS,
      label: 'Activation',
      help: 'The function applied to each weighted sum.',
    },
    useBias: {
      kind: 'bool',
      default: true,
      label: 'Bias',
      help: 'Add a learned offset b to each weighted sum.',
    },
    kernelInitializer: {
      kind: 'select',
      default: 'glorot_uniform',
      options: INITIALIZER_OPTIONS,
      label: 'Weight init',
      help: 'How the weights W start before training.',
    },
    biasInitializer: {
      kind: 'select',
      default: 'zeros',
      options: INITIALIZER_OPTIONS,
      label: 'Bias init',
      help: 'How the biases b start before training.',
      visibleWhen: (v) => v.useBias === true,
    },
    l1: {
      kind: 'float',
      default: 0,
      min: 0,
      max: 1,
      step: 0.0001,
      label: 'L1',
      help: 'Penalty on the sum of |w|; pushes weights to exactly zero.',
    },
    l2: {
      kind: 'float',
      default: 0,
      min: 0,
      max: 1,
      step: 0.0001,
      label: 'L2',
      help: 'Penalty on the sum of w²; keeps weights small.',
    },
  },
  keyParams: ['units', 'activation'],
  doc: 'Every output is a weighted sum of all inputs plus a bias, passed through an activation: y = f(Wx + b). With one unit and a linear activation it is linear regression; with a sigmoid, logistic regression.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    if (input.length !== 1) {
      // Keras would apply Dense to the last axis only, which is rarely what a learner means.
      return {
        ok: false,
        issue: layerError(
          'needs-vector',
          localText('problems.needsVector', {
            layer: 'Dense',
            rank: input.length,
            shape: formatShape(input),
            size: product(input),
          }),
          { fix: insertFix('Flatten', localText('problems.fix.insert', { layer: 'Flatten' })) },
        ),
      };
    }
    return { ok: true, shape: [p.units] };
  },
  // W is in×units, b is units.
  paramCount: (inputs, p) => ({
    trainable: inputs[0]![0]! * p.units + (p.useBias ? p.units : 0),
    nonTrainable: 0,
  }),
  flops: (inputs, p) => inputs[0]![0]! * p.units,
  toKeras: (p) => ({
    class_name: 'Dense',
    config: {
      units: p.units,
      activation: p.activation,
      use_bias: p.useBias,
      kernel_initializer: kerasInitializer(p.kernelInitializer),
      bias_initializer: kerasInitializer(p.biasInitializer),
      kernel_regularizer: kerasRegularizer(p.l1, p.l2),
      bias_regularizer: null,
      activity_regularizer: null,
      kernel_constraint: null,
      bias_constraint: null,
    },
  }),
  fromKeras: {
    classNames: ['Dense'],
    read(_cls, c) {
      const activation = readActivation(c.activation);
      if (activation === null)
        return { ok: false, message: `activation '${String(c.activation)}' is not supported` };
      const { l1, l2 } = readRegularizer(c.kernel_regularizer);
      return {
        ok: true,
        params: {
          units: typeof c.units === 'number' ? c.units : 64,
          activation,
          useBias: c.use_bias !== false,
          kernelInitializer: readInitializer(c.kernel_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
          l1,
          l2,
        },
      };
    },
  },
});
