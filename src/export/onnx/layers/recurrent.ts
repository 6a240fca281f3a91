/**
 * SimpleRNN, LSTM and GRU as ONNX's RNN, LSTM and GRU ops.
 *
 * ONNX reads sequences time-major ([T, batch, F]; the `layout` attribute came only with opset 14),
 * so the input is transposed and the result transposed back. Weights: Keras keeps W as [F, G·u],
 * U as [u, G·u] and one bias [G·u]; ONNX wants W [1, G·u, F], R [1, G·u, u] and B [1, 2·G·u] (a
 * bias for the input and one for the state, whose sum is what counts: Keras' bias and zeros).
 */
import type { ConvertContext, LayerConverter, TensorValue } from '../context';
import { asFloat, type Attributes } from '../graphBuilder';
import { gateRows, gateVector } from '../tensorMath';
import { unsupportedWhy, type UnsupportedWhy } from '../../bundle/why';

/** Keras activation names → the names ONNX's recurrent ops accept, with Keras' meaning. */
const RECURRENT_ACTIVATIONS: Readonly<Record<string, string>> = {
  tanh: 'Tanh',
  sigmoid: 'Sigmoid',
  relu: 'Relu',
  softplus: 'Softplus',
  // α = 1 is ONNX's default for Elu, and Keras' 'elu'.
  elu: 'Elu',
  // Keras' hard sigmoid is clip(0.2·x + 0.5, 0, 1): ONNX's HardSigmoid with its default α and β.
  hard_sigmoid: 'HardSigmoid',
  linear: 'Affine',
};

/** α and β of the functions that take them, where Keras' meaning needs them set. */
const PARAMETERS: Readonly<Record<string, { alpha: number; beta?: number }>> = {
  HardSigmoid: { alpha: 0.2, beta: 0.5 },
  Elu: { alpha: 1 },
  Affine: { alpha: 1, beta: 0 },
};

/**
 * The `activations` attribute, and for linear cells (Affine, whose defaults runtimes do not agree
 * on) explicit `activation_alpha`/`activation_beta`. The lists are read in the order of the
 * functions, each function taking as many values as it has parameters, so once they are written
 * every function with parameters gets its values.
 */
function activationAttributes(functions: readonly string[]): Attributes {
  if (!functions.includes('Affine')) return { activations: functions };
  const params = functions.flatMap((f) => PARAMETERS[f] ?? []);
  return {
    activations: functions,
    activation_alpha: asFloat(params.map((p) => p.alpha)),
    activation_beta: asFloat(params.flatMap((p) => (p.beta === undefined ? [] : [p.beta]))),
  };
}

function activationProblem(role: 'gate' | 'plain', name: unknown): UnsupportedWhy | null {
  if (typeof name === 'string' && RECURRENT_ACTIVATIONS[name]) return null;
  return unsupportedWhy('onnx-recurrent-activation', { activation: String(name), role });
}

interface Cell {
  opType: 'RNN' | 'LSTM' | 'GRU';
  /** `order[g]` is the Keras gate that ONNX puts in position g. */
  order: readonly number[];
  /** Keras config keys of the activations ONNX takes, in ONNX's order. */
  activations: readonly string[];
}

function recurrent(cell: Cell): LayerConverter {
  return {
    check(config) {
      for (const key of new Set(cell.activations)) {
        const role = key === 'activation' ? 'plain' : 'gate';
        const problem = activationProblem(role, config[key]);
        if (problem) return problem;
      }
      return null;
    },
    convert: (ctx) => convertRecurrent(ctx, cell),
  };
}

function convertRecurrent(ctx: ConvertContext, cell: Cell): TensorValue {
  const x = ctx.inputs[0]!;
  const { config } = ctx.layer;
  const scope = ctx.layer.name;
  const units = Number(config.units);
  const b = ctx.b;
  // [N, T, F] (channels-last) or [N, F, T] (after a Conv1D) → [T, N, F]
  const timeMajor = b.op(scope, 'Transpose', [x.name], {
    perm: x.layout === 'channelsFirst' ? [2, 0, 1] : [1, 0, 2],
  });

  const kernel = ctx.weight('kernel');
  const recurrentKernel = ctx.weight('recurrent_kernel');
  const gates = cell.order.length;
  const features = kernel.shape[0]!;
  const w = b.floats(
    `${scope}/W`,
    [1, gates * units, features],
    gateRows(kernel, units, cell.order),
  );
  const r = b.floats(
    `${scope}/R`,
    [1, gates * units, units],
    gateRows(recurrentKernel, units, cell.order),
  );
  const inputs = [timeMajor, w, r];
  const bias = ctx.optionalWeight('bias');
  if (bias) {
    const both = new Float32Array(2 * gates * units);
    both.set(gateVector(bias.values, units, cell.order));
    inputs.push(b.floats(`${scope}/B`, [1, 2 * gates * units], both));
  }

  const [sequence, last] = b.opN(scope, cell.opType, inputs, 2, {
    hidden_size: units,
    direction: 'forward',
    ...activationAttributes(
      cell.activations.map((key) => RECURRENT_ACTIVATIONS[String(config[key])]!),
    ),
    ...(cell.opType === 'GRU' ? { linear_before_reset: 0 } : {}),
  });

  if (config.return_sequences === true) {
    // Y is [T, directions = 1, N, u] → [T, N, u] → [N, T, u]
    const squeezed = b.op(scope, 'Squeeze', [sequence!, b.ints(`${scope}/direction_axis`, [1])]);
    const y = b.op(scope, 'Transpose', [squeezed], { perm: [1, 0, 2] });
    return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
  }
  // Y_h is [directions = 1, N, u] → [N, u]
  const y = b.op(scope, 'Squeeze', [last!, b.ints(`${scope}/direction_axis`, [0])]);
  return { name: y, shape: ctx.outputShape, layout: 'channelsLast' };
}

export const simpleRnn = recurrent({ opType: 'RNN', order: [0], activations: ['activation'] });

/** Keras' LSTM gates are [input, forget, cell, output]; ONNX's are [input, output, forget, cell]. */
export const lstm = recurrent({
  opType: 'LSTM',
  order: [0, 3, 1, 2],
  activations: ['recurrent_activation', 'activation', 'activation'],
});

/**
 * tfjs' GRU is Keras' reset_after = False: the reset gate scales the state before it is
 * multiplied by U, which is ONNX's linear_before_reset = 0. Both order the gates
 * [update, reset, candidate].
 */
export const gru = recurrent({
  opType: 'GRU',
  order: [0, 1, 2],
  activations: ['recurrent_activation', 'activation'],
});
