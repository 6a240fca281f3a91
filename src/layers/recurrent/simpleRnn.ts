import { defineLayer } from '../definition';
import { kerasRecurrentConfig, readRecurrentBasics } from './kerasRecurrent';
import {
  activationParam,
  dropoutParam,
  recurrentDropoutParam,
  recurrentFlops,
  recurrentOutput,
  recurrentWeights,
  returnSequencesParam,
  unitsParam,
  useBiasParam,
} from './recurrentParams';

export const simpleRnn = defineLayer({
  type: 'SimpleRNN',
  label: 'Simple RNN',
  category: 'Recurrent',
  inputs: { min: 1, max: 1 },
  params: {
    units: unitsParam,
    activation: activationParam,
    useBias: useBiasParam,
    returnSequences: returnSequencesParam,
    dropout: dropoutParam,
    recurrentDropout: recurrentDropoutParam,
  },
  keyParams: ['units', 'returnSequences'],
  doc: 'Reads a sequence one step at a time and carries a memory from step to step: h_t = f(W·x_t + U·h_{t−1} + b). It is the simplest recurrent layer; over long sequences it forgets early steps, which LSTM and GRU were made to fix.',
  inferShape: (inputs, p) => recurrentOutput('SimpleRNN', inputs[0]!, p),
  // One block: W (F×u), U (u×u), b (u) → u·(F+u) + u.
  paramCount: (inputs, p) => ({
    trainable: recurrentWeights(1, inputs[0]!, p.units, p.useBias),
    nonTrainable: 0,
  }),
  flops: (inputs, p) => recurrentFlops(1, inputs[0]!, p.units),
  toKeras: (p) => ({ class_name: 'SimpleRNN', config: kerasRecurrentConfig(p) }),
  fromKeras: {
    classNames: ['SimpleRNN'],
    read: (_cls, c) => readRecurrentBasics(c),
  },
});
