import { defineLayer } from '../definition';
import {
  kerasRecurrentConfig,
  readRecurrentActivation,
  readRecurrentBasics,
} from './kerasRecurrent';
import {
  activationParam,
  dropoutParam,
  recurrentActivationParam,
  recurrentDropoutParam,
  recurrentFlops,
  recurrentOutput,
  recurrentWeights,
  returnSequencesParam,
  unitsParam,
  useBiasParam,
} from './recurrentParams';

export const lstm = defineLayer({
  type: 'LSTM',
  label: 'LSTM',
  category: 'Recurrent',
  inputs: { min: 1, max: 1 },
  params: {
    units: unitsParam,
    activation: activationParam,
    recurrentActivation: recurrentActivationParam,
    useBias: useBiasParam,
    returnSequences: returnSequencesParam,
    dropout: dropoutParam,
    recurrentDropout: recurrentDropoutParam,
  },
  keyParams: ['units', 'returnSequences'],
  doc: 'Long short-term memory: reads a sequence step by step and keeps a separate memory cell that three gates control: what to forget, what to write and what to show. The gates let it remember things across many steps.',
  inferShape: (inputs, p) => recurrentOutput('LSTM', inputs[0]!, p),
  // Four blocks (input, forget, cell, output gates): 4·(u·(F+u) + u).
  paramCount: (inputs, p) => ({
    trainable: recurrentWeights(4, inputs[0]!, p.units, p.useBias),
    nonTrainable: 0,
  }),
  flops: (inputs, p) => recurrentFlops(4, inputs[0]!, p.units),
  toKeras: (p) => ({
    class_name: 'LSTM',
    config: {
      ...kerasRecurrentConfig(p),
      recurrent_activation: p.recurrentActivation,
      // Keras' default: the forget gate starts open, so the cell remembers from the start.
      unit_forget_bias: true,
    },
  }),
  fromKeras: {
    classNames: ['LSTM'],
    read(_cls, c) {
      const basics = readRecurrentBasics(c);
      if (!basics.ok) return basics;
      const recurrentActivation = readRecurrentActivation(c.recurrent_activation);
      if (recurrentActivation === null) {
        return {
          ok: false,
          message: `recurrent_activation '${String(c.recurrent_activation)}' is not supported`,
        };
      }
      return { ok: true, params: { ...basics.params, recurrentActivation } };
    },
  },
});
