/** The six functions the activation lab draws, built from the shared curves and the lab's settings. */
import type { MessageKey } from '../../../../src/i18n';
import {
  activationCurve,
  maxoutCurve,
  type Curve,
  type Piece,
} from '../../../../src/teaching/activations';

export const LAB_FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leaky', 'maxout', 'elu'] as const;
export type LabFunction = (typeof LAB_FUNCTIONS)[number];

export interface LabSettings {
  leakySlope: number;
  eluAlpha: number;
  pieces: readonly Piece[];
}

export const NAMES: Record<LabFunction, MessageKey> = {
  sigmoid: 'teaching.activation.name.sigmoid',
  tanh: 'teaching.activation.name.tanh',
  relu: 'teaching.activation.name.relu',
  leaky: 'teaching.activation.name.leaky',
  maxout: 'teaching.activation.name.maxout',
  elu: 'teaching.activation.name.elu',
};

/** Symbols of the neuron's sliders: the same in every language. */
export const SYMBOLS = {
  x: (i: number) => `x${i === 1 ? '₁' : '₂'}`,
  w: (i: number) => `w${i === 1 ? '₁' : '₂'}`,
  b: 'b',
};

export const COLORS: Record<LabFunction, string> = {
  sigmoid: 'var(--cat-core)',
  tanh: 'var(--cat-activation)',
  relu: 'var(--cat-convolution)',
  leaky: 'var(--cat-normalization)',
  maxout: 'var(--cat-recurrent)',
  elu: 'var(--cat-input)',
};

export function labCurve(fn: LabFunction, s: LabSettings): Curve {
  if (fn === 'maxout') return maxoutCurve(s.pieces);
  const name = fn === 'leaky' ? 'leaky_relu' : fn;
  const alpha = fn === 'leaky' ? s.leakySlope : fn === 'elu' ? s.eluAlpha : 0;
  return activationCurve(name, alpha)!;
}

/** Three pieces whose maximum bends twice, a fair first picture of Maxout. */
export const FIRST_PIECES: readonly Piece[] = [
  { w: -1, b: 0 },
  { w: 0.5, b: 0.2 },
  { w: 1.5, b: -1 },
];
