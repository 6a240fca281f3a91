import { defineLayer } from '../definition';

export const dropout = defineLayer({
  type: 'Dropout',
  label: 'Dropout',
  category: 'Core',
  inputs: { min: 1, max: 1 },
  params: {
    rate: {
      kind: 'float',
      default: 0.5,
      min: 0,
      max: 0.99,
      step: 0.05,
      label: 'Rate',
      help: 'The share of values set to zero at each training step (0.5 drops half).',
    },
  },
  keyParams: ['rate'],
  doc: 'While training, sets a random share of its inputs to zero and scales the rest up by 1/(1 − rate), so no neuron can rely on any single other one; this fights overfitting. When predicting it passes everything through unchanged.',
  inferShape: (inputs) => ({ ok: true, shape: [...inputs[0]!] }),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Zeroing and rescaling are not multiply-adds of the model: 0 in our FLOPs convention.
  flops: () => 0,
  toKeras: (p) => ({
    class_name: 'Dropout',
    config: { rate: p.rate, noise_shape: null, seed: null },
  }),
  fromKeras: {
    classNames: ['Dropout'],
    read(_cls, c) {
      if (c.noise_shape !== undefined && c.noise_shape !== null) {
        return {
          ok: false,
          message: 'Dropout with a noise_shape (dropping whole rows or channels) is not supported',
        };
      }
      const rate = typeof c.rate === 'number' ? c.rate : 0.5;
      if (rate < 0 || rate > 0.99) {
        return { ok: false, message: `dropout rate ${rate} is outside 0 … 0.99` };
      }
      return { ok: true, params: { rate } };
    },
  },
});
