import { defineLayer, type FromKerasResult, type KerasLayer } from '../definition';
import type { ParamSchema, ParamsOf, SelectOption } from '../params';

const OPTIONS: readonly SelectOption[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'sigmoid', label: 'Sigmoid' },
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
  { value: 'leaky_relu', label: 'Leaky ReLU' },
  { value: 'elu', label: 'ELU' },
  { value: 'selu', label: 'SELU' },
  { value: 'softplus', label: 'Softplus' },
  { value: 'softmax', label: 'Softmax' },
];

/** Names Keras' Activation layer takes as they are (leaky ReLU and ELU get layers of their own). */
const PLAIN = new Set(['linear', 'sigmoid', 'tanh', 'relu', 'selu', 'softplus', 'softmax']);

const LECTURE_LEAKY_SLOPE = 0.1;
/** Keras' own default slope for LeakyReLU, used when a file does not state one. */
const KERAS_LEAKY_SLOPE = 0.3;
/** Keras 3's `activation='leaky_relu'` (the function, not the layer) uses this slope. */
const KERAS3_LEAKY_FUNCTION_SLOPE = 0.2;

const params = {
  activation: {
    kind: 'select',
    default: 'relu',
    options: OPTIONS,
    label: 'Function',
    help: 'The function applied to every value on its own.',
  },
  leakyAlpha: {
    kind: 'float',
    default: LECTURE_LEAKY_SLOPE,
    min: 0,
    max: 1,
    step: 0.01,
    label: 'Slope α',
    help: 'Slope for negative inputs: max(αx, x). 0.1 as in the lecture; Keras itself defaults to 0.3.',
    visibleWhen: (v) => v.activation === 'leaky_relu',
  },
  eluAlpha: {
    kind: 'float',
    default: 1,
    min: 0,
    max: 10,
    step: 0.1,
    label: 'α',
    help: 'ELU approaches −α for very negative inputs: α(eˣ − 1) below zero.',
    visibleWhen: (v) => v.activation === 'elu',
  },
} satisfies ParamSchema;

type Params = ParamsOf<typeof params>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Keras 3 writes `negative_slope`, Keras 2 and tfjs `alpha`. */
function readLeaky(c: Readonly<Record<string, unknown>>): FromKerasResult<Params> {
  const slope = num(c.negative_slope) ?? num(c.alpha) ?? KERAS_LEAKY_SLOPE;
  return { ok: true, params: { activation: 'leaky_relu', leakyAlpha: slope } };
}

/** Keras' ReLU layer is only plain ReLU without a ceiling or threshold; a slope makes it leaky. */
function readRelu(c: Readonly<Record<string, unknown>>): FromKerasResult<Params> {
  const maxValue = num(c.max_value);
  const threshold = num(c.threshold) ?? 0;
  const slope = num(c.negative_slope) ?? 0;
  if (maxValue !== null) {
    return {
      ok: false,
      message: `ReLU with max_value ${maxValue} (a capped ReLU) is not supported`,
    };
  }
  if (threshold !== 0) {
    return { ok: false, message: `ReLU with threshold ${threshold} is not supported` };
  }
  if (slope !== 0) return { ok: true, params: { activation: 'leaky_relu', leakyAlpha: slope } };
  return { ok: true, params: { activation: 'relu' } };
}

function readSoftmax(c: Readonly<Record<string, unknown>>): FromKerasResult<Params> {
  const axis = Array.isArray(c.axis) && c.axis.length === 1 ? c.axis[0] : (c.axis ?? -1);
  if (axis !== -1) {
    const shown = JSON.stringify(c.axis);
    return {
      ok: false,
      message: `softmax over axis ${shown} is not supported, only the last axis (-1)`,
    };
  }
  return { ok: true, params: { activation: 'softmax' } };
}

function readActivationLayer(c: Readonly<Record<string, unknown>>): FromKerasResult<Params> {
  const name = typeof c.activation === 'string' ? c.activation.toLowerCase() : null;
  if (name !== null && PLAIN.has(name)) return { ok: true, params: { activation: name } };
  if (name === 'elu') return { ok: true, params: { activation: 'elu', eluAlpha: 1 } };
  if (name === 'leaky_relu' || name === 'leakyrelu') {
    return {
      ok: true,
      params: { activation: 'leaky_relu', leakyAlpha: KERAS3_LEAKY_FUNCTION_SLOPE },
    };
  }
  return { ok: false, message: `activation '${String(c.activation)}' is not supported` };
}

export const activation = defineLayer({
  type: 'Activation',
  label: 'Activation',
  category: 'Activation',
  inputs: { min: 1, max: 1 },
  params,
  keyParams: ['activation'],
  doc: 'Applies a function to every value. A neuron is a weighted sum plus an activation; without one, stacked layers stay linear. Sigmoid σ(x) = 1/(1+e^−x) squashes to (0, 1); tanh to (−1, 1); ReLU max(0, x) is the usual default; Leaky ReLU max(0.1x, x) keeps a small slope so neurons never go fully silent; ELU is x above zero and α(eˣ − 1) below; softmax turns scores into probabilities that sum to 1.',
  // Applied element by element, so the shape does not change.
  inferShape: (inputs) => ({ ok: true, shape: [...inputs[0]!] }),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // No multiply-adds: an element-wise function counts as 0 in our FLOPs convention.
  flops: () => 0,
  toKeras(p): KerasLayer {
    // Keras 3 calls LeakyReLU's slope negative_slope but still reads alpha; tfjs reads only alpha.
    if (p.activation === 'leaky_relu') {
      return { class_name: 'LeakyReLU', config: { alpha: p.leakyAlpha } };
    }
    if (p.activation === 'elu') return { class_name: 'ELU', config: { alpha: p.eluAlpha } };
    return { class_name: 'Activation', config: { activation: p.activation } };
  },
  fromKeras: {
    classNames: ['Activation', 'LeakyReLU', 'ELU', 'ReLU', 'Softmax'],
    read(cls, c) {
      switch (cls) {
        case 'LeakyReLU':
          return readLeaky(c);
        case 'ELU':
          return { ok: true, params: { activation: 'elu', eluAlpha: num(c.alpha) ?? 1 } };
        case 'ReLU':
          return readRelu(c);
        case 'Softmax':
          return readSoftmax(c);
        default:
          return readActivationLayer(c);
      }
    },
  },
});
