/**
 * Activation functions and their derivatives, for the inspector's small plot. The formulas are
 * those Keras uses, written once in src/teaching/activations and shared with the activation lab;
 * α follows the layer's parameters for ELU and Leaky ReLU.
 */
import type { ParamValue } from '../../../src/layers/params';
import { activationCurve, type Curve } from '../../../src/teaching/activations';

export type { Curve };

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
  const c = activationCurve(name, alpha ?? 0);
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
