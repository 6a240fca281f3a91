import { defineLayer } from '../definition';
import { insertFix, layerError } from '../issue';
import { localText } from '../text/localText';
import { INITIALIZER_OPTIONS, kerasInitializer, readInitializer } from '../keras';
import { formatShape, product } from '../shape';

export const maxout = defineLayer({
  type: 'Maxout',
  label: 'Maxout',
  category: 'Core',
  inputs: { min: 1, max: 1 },
  params: {
    units: {
      kind: 'int',
      default: 64,
      min: 1,
      max: 1_000_000,
      label: 'Units',
      help: 'How many outputs; each is the largest of its k pieces.',
    },
    pieces: {
      kind: 'int',
      default: 2,
      min: 2,
      max: 64,
      label: 'Pieces k',
      help: 'How many weighted sums each unit takes the maximum of.',
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
  },
  keyParams: ['units', 'pieces'],
  doc: 'Each output is the largest of k weighted sums: max(w₁ᵀx + b₁, w₂ᵀx + b₂, …). It learns its own piecewise-linear activation (ReLU and Leaky ReLU are special cases with k = 2), at the cost of k times the weights of a Dense layer.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    if (input.length !== 1) {
      return {
        ok: false,
        issue: layerError(
          'needs-vector',
          localText('problems.needsVector', {
            layer: 'Maxout',
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
  // k pieces, each a Dense map: W_p is in×units and b_p is units, so k·(in·units + units).
  paramCount: (inputs, p) => ({
    trainable: p.pieces * (inputs[0]![0]! * p.units + (p.useBias ? p.units : 0)),
    nonTrainable: 0,
  }),
  // in·units multiply-adds per piece; the comparisons of the max are not multiply-adds.
  flops: (inputs, p) => p.pieces * inputs[0]![0]! * p.units,
  toKeras: (p) => ({
    class_name: 'Maxout',
    config: {
      units: p.units,
      pieces: p.pieces,
      use_bias: p.useBias,
      kernel_initializer: kerasInitializer(p.kernelInitializer),
      bias_initializer: kerasInitializer(p.biasInitializer),
    },
  }),
  fromKeras: {
    classNames: ['Maxout'],
    read(_cls, c) {
      if (typeof c.units !== 'number' || typeof c.pieces !== 'number') {
        return { ok: false, message: 'a Maxout layer needs numeric units and pieces' };
      }
      return {
        ok: true,
        params: {
          units: c.units,
          pieces: c.pieces,
          useBias: c.use_bias !== false,
          kernelInitializer: readInitializer(c.kernel_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
