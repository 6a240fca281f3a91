/**
 * Activation functions and their derivatives, for the inspector's small plot. The formulas are
 * those Keras uses; α follows the layer's parameters for ELU and Leaky ReLU.
 */
import type { ParamValue } from '../../../src/layers/params';

export interface Curve {
  f(x: number): number;
  df(x: number): number;
}

/** SELU's constants (Klambauer et al., 2017), as in Keras. */
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function curve(name: string, alpha: number): Curve | null {
  switch (name) {
    case 'linear':
      return { f: (x) => x, df: () => 1 };
    case 'sigmoid':
      return { f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) };
    case 'tanh':
      return { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 };
    case 'relu':
      return { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) };
    case 'leaky_relu':
      // max(αx, x) for 0 ≤ α ≤ 1.
      return { f: (x) => (x > 0 ? x : alpha * x), df: (x) => (x > 0 ? 1 : alpha) };
    case 'elu':
      // α(eˣ − 1) below zero, x above.
      return {
        f: (x) => (x > 0 ? x : alpha * Math.expm1(x)),
        df: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
      };
    case 'selu':
      return {
        f: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
        df: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
      };
    case 'softplus':
      // ln(1 + eˣ), whose derivative is the sigmoid.
      return { f: (x) => Math.log1p(Math.exp(x)), df: sigmoid };
    default:
      // Softmax works on a whole vector at once, so it has no curve of one input.
      return null;
  }
}

export interface ActivationPlotSpec {
  name: string;
  /** What the legend calls it, e.g. 'ELU, α = 1'. */
  title: string;
  curve: Curve;
}

/** The curve for a layer's parameters, or null when it has no activation with a curve. */
export function activationOf(
  params: Readonly<Record<string, ParamValue>>,
  optionLabel: (value: string) => string,
): ActivationPlotSpec | null {
  const name = params.activation;
  if (typeof name !== 'string') return null;
  const alpha =
    name === 'leaky_relu'
      ? numberOr(params.leakyAlpha, 0.3)
      : name === 'elu'
        ? numberOr(params.eluAlpha, 1)
        : null;
  const c = curve(name, alpha ?? 0);
  if (!c) return null;
  const title = alpha === null ? optionLabel(name) : `${optionLabel(name)}, α = ${alpha}`;
  return { name, title, curve: c };
}

const numberOr = (v: ParamValue | undefined, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** Points of f and f′ on [from, to], for drawing. */
export function sampleCurve(c: Curve, from = -4, to = 4, count = 121) {
  const xs = Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
  return { xs, f: xs.map(c.f), df: xs.map(c.df) };
}
