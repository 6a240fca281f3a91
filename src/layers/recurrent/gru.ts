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

/**
 * Always the original GRU (reset_after=False): TensorFlow.js 4.22 refuses reset_after=True, the
 * variant Keras defaults to since TF 2 that keeps a second bias and so has 3·(u·(F+u) + 2u) weights.
 */
export const gru = defineLayer({
  type: 'GRU',
  label: 'GRU',
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
  doc: 'Gated recurrent unit: reads a sequence step by step, with an update gate that decides how much of its memory to replace and a reset gate that decides how much of the past to use. Simpler than an LSTM, with fewer weights, and often as good.',
  inferShape: (inputs, p) => recurrentOutput('GRU', inputs[0]!, p),
  // Three blocks (update, reset, candidate): 3·(u·(F+u) + u).
  paramCount: (inputs, p) => ({
    trainable: recurrentWeights(3, inputs[0]!, p.units, p.useBias),
    nonTrainable: 0,
  }),
  flops: (inputs, p) => recurrentFlops(3, inputs[0]!, p.units),
  toKeras: (p) => ({
    class_name: 'GRU',
    config: {
      ...kerasRecurrentConfig(p),
      recurrent_activation: p.recurrentActivation,
      reset_after: false,
    },
  }),
  fromKeras: {
    classNames: ['GRU'],
    read(_cls, c) {
      // Written by Keras since TF 2 unless set otherwise; absent in older Keras and tfjs files.
      if (c.reset_after === true) {
        return {
          ok: false,
          message:
            'GRU with reset_after=True (the Keras default since TF 2) is not supported by TensorFlow.js; build the model with reset_after=False',
        };
      }
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
