/**
 * Activation functions and their derivatives, written once for the inspector's small plot and the
 * activation-function lab. The formulas are those Keras uses.
 */

export interface Curve {
  f(x: number): number;
  df(x: number): number;
}

/** SELU's constants (Klambauer et al., 2017), as in Keras. */
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The curve of a Keras activation by name, or null for softmax (it works on a whole vector at once,
 * so it has no curve of one input) and for unknown names. `alpha` is the slope below zero of Leaky
 * ReLU and the saturation level of ELU.
 */
export function activationCurve(name: string, alpha: number): Curve | null {
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
      return null;
  }
}

/** One linear piece w·x + b of a Maxout unit. */
export interface Piece {
  w: number;
  b: number;
}

/**
 * Maxout over k linear pieces of one input: f(x) = maxᵢ (wᵢx + bᵢ) (Goodfellow et al., 2013). Its
 * derivative is the slope of the piece that wins at x; ties go to the first such piece.
 */
export function maxoutCurve(pieces: readonly Piece[]): Curve {
  if (pieces.length === 0) throw new Error('Maxout needs at least one piece.');
  const winner = (x: number) => {
    let best = pieces[0]!;
    for (const p of pieces) if (p.w * x + p.b > best.w * x + best.b) best = p;
    return best;
  };
  return {
    f: (x) => {
      const p = winner(x);
      return p.w * x + p.b;
    },
    df: (x) => winner(x).w,
  };
}

/**
 * k pieces drawn from `random` (values in [0, 1)), slopes in [−2, 2] and offsets in [−1, 1], so the
 * lab can show that a handful of lines make a convex curve of any shape.
 */
export function randomPieces(k: number, random: () => number): Piece[] {
  if (!Number.isInteger(k) || k < 1 || k > 16) {
    throw new Error(`Maxout pieces must be a whole number from 1 to 16, got ${k}.`);
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return Array.from({ length: k }, () => ({
    w: round(random() * 4 - 2),
    b: round(random() * 2 - 1),
  }));
}

/** The output of one neuron: z = Σ wᵢxᵢ + b, then y = f(z). */
export function neuronOutput(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
  curve: Curve,
): { z: number; y: number } {
  if (inputs.length !== weights.length) {
    throw new Error(`The neuron has ${weights.length} weights but ${inputs.length} inputs.`);
  }
  const z = inputs.reduce((sum, x, i) => sum + x * weights[i]!, bias);
  return { z, y: curve.f(z) };
}
