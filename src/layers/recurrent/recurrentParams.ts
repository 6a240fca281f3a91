/** Parameter specs, shapes and Keras fields shared by SimpleRNN, LSTM and GRU. */
import type { ShapeResult } from '../definition';
import { ACTIVATION_OPTIONS } from '../keras';
import type { BoolSpec, FloatSpec, IntSpec, SelectOption, SelectSpec } from '../params';
import type { Shape } from '../shape';
import { expectSequence } from '../conv/inputRank';

export const unitsParam: IntSpec = {
  kind: 'int',
  default: 64,
  min: 1,
  max: 65_536,
  label: 'Units',
  help: 'Size of the memory (hidden state) carried from step to step, and of each output.',
};

export const activationParam: SelectSpec = {
  kind: 'select',
  default: 'tanh',
  options: ACTIVATION_OPTIONS,
  label: 'Activation',
  help: 'The function that makes the new state from the input and the old state.',
};

export const RECURRENT_ACTIVATION_OPTIONS: readonly SelectOption[] = [
  { value: 'sigmoid', label: 'Sigmoid' },
  { value: 'hard_sigmoid', label: 'Hard sigmoid' },
];

export const recurrentActivationParam: SelectSpec = {
  kind: 'select',
  default: 'sigmoid',
  options: RECURRENT_ACTIVATION_OPTIONS,
  label: 'Gate activation',
  help: 'Squashes each gate to 0..1: how much to let through, keep or forget.',
};

export const useBiasParam: BoolSpec = {
  kind: 'bool',
  default: true,
  label: 'Bias',
  help: 'Add a learned offset inside every gate.',
};

export const returnSequencesParam: BoolSpec = {
  kind: 'bool',
  default: false,
  label: 'Return sequences',
  help: 'Output the state at every step (steps×units), e.g. for another recurrent layer, instead of only the last (units).',
};

// Below 1: tfjs treats a rate of 1 as no dropout at all.
export const dropoutParam: FloatSpec = {
  kind: 'float',
  default: 0,
  min: 0,
  max: 0.95,
  step: 0.05,
  label: 'Dropout',
  help: 'Fraction of the inputs dropped at random during training.',
};

export const recurrentDropoutParam: FloatSpec = {
  ...dropoutParam,
  label: 'Recurrent dropout',
  help: 'Fraction of the carried state dropped at random during training.',
};

interface SequenceParams {
  readonly units: number;
  readonly returnSequences: boolean;
}

/** T×F → T×units with return sequences, otherwise units. */
export function recurrentOutput(type: string, input: Shape, p: SequenceParams): ShapeResult {
  const rank = expectSequence(type, input);
  if (rank) return { ok: false, issue: rank };
  return { ok: true, shape: p.returnSequences ? [input[0]!, p.units] : [p.units] };
}

/**
 * Weights of `gates` gate blocks, each with W (F×u), U (u×u) and b (u): gates·(u·(F+u) + u).
 * SimpleRNN has 1 block, GRU 3 (update, reset, candidate), LSTM 4 (input, forget, cell, output).
 */
export function recurrentWeights(
  gates: number,
  input: Shape,
  units: number,
  useBias: boolean,
): number {
  const features = input[1]!;
  return gates * (units * (features + units) + (useBias ? units : 0));
}

/** Multiply-adds over all T steps: each step multiplies x_t by W and h_{t−1} by U, per gate. */
export function recurrentFlops(gates: number, input: Shape, units: number): number {
  const [steps, features] = input;
  return steps! * gates * units * (features! + units);
}
