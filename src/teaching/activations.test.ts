import { describe, expect, it } from 'vitest';
import {
  activationCurve,
  maxoutCurve,
  neuronOutput,
  randomPieces,
  type Curve,
} from './activations';

const H = 1e-5;
const slope = (c: Curve, x: number) => (c.f(x + H) - c.f(x - H)) / (2 * H);
// Away from 0 and from where Maxout's pieces cross, where the functions have kinks.
const XS = [-3.1, -1.7, -0.6, 0.45, 1.3, 2.9];

describe('activation functions', () => {
  const cases: [string, number][] = [
    ['sigmoid', 0],
    ['tanh', 0],
    ['relu', 0],
    ['leaky_relu', 0.1],
    ['leaky_relu', 0.35],
    ['elu', 1],
    ['elu', 0.4],
    ['selu', 0],
    ['softplus', 0],
    ['linear', 0],
  ];
  it.each(cases)('the derivative of %s (α = %s) matches finite differences', (name, alpha) => {
    const c = activationCurve(name, alpha)!;
    for (const x of XS) expect(c.df(x)).toBeCloseTo(slope(c, x), 5);
  });

  it.each([
    ['sigmoid', 0, 0, 0.5],
    ['tanh', 0, 1, Math.tanh(1)],
    ['relu', 0, -2, 0],
    ['leaky_relu', 0.1, -2, -0.2],
    ['elu', 2, -40, -2],
  ] as const)('%s with α = %s at %s is %s', (name, alpha, x, y) => {
    expect(activationCurve(name, alpha)!.f(x)).toBeCloseTo(y, 10);
  });

  it('has no curve for softmax or an unknown name', () => {
    expect(activationCurve('softmax', 0)).toBeNull();
    expect(activationCurve('swish2', 0)).toBeNull();
  });
});

describe('maxout', () => {
  it('takes the largest piece, and its derivative is that piece’s slope', () => {
    const pieces = [
      { w: -1, b: 0 },
      { w: 0.5, b: 0.2 },
      { w: 2, b: -1.5 },
    ];
    const c = maxoutCurve(pieces);
    expect(c.f(-2)).toBe(2);
    expect(c.f(0)).toBe(0.2);
    expect(c.f(3)).toBe(4.5);
    for (const x of XS) expect(c.df(x)).toBeCloseTo(slope(c, x), 5);
  });

  it('with the pieces x and 0 is ReLU, and with x and αx is Leaky ReLU', () => {
    const relu = maxoutCurve([
      { w: 1, b: 0 },
      { w: 0, b: 0 },
    ]);
    const leaky = maxoutCurve([
      { w: 1, b: 0 },
      { w: 0.1, b: 0 },
    ]);
    for (const x of XS) {
      expect(relu.f(x)).toBe(activationCurve('relu', 0)!.f(x));
      expect(leaky.f(x)).toBeCloseTo(activationCurve('leaky_relu', 0.1)!.f(x), 12);
    }
  });

  it('draws k pieces in range from the random source, and refuses bad k', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const pieces = randomPieces(5, random);
    expect(pieces).toHaveLength(5);
    for (const p of pieces) {
      expect(Math.abs(p.w)).toBeLessThanOrEqual(2);
      expect(Math.abs(p.b)).toBeLessThanOrEqual(1);
    }
    expect(new Set(pieces.map((p) => p.w)).size).toBeGreaterThan(1);
    expect(() => randomPieces(0, random)).toThrow(/1 to 16, got 0/);
    expect(() => maxoutCurve([])).toThrow(/at least one piece/);
  });
});

describe('a neuron', () => {
  it('computes z = w·x + b and y = f(z)', () => {
    const out = neuronOutput([1, -2, 0.5], [0.4, 0.3, -2], 0.1, activationCurve('sigmoid', 0)!);
    expect(out.z).toBeCloseTo(0.4 - 0.6 - 1 + 0.1, 12);
    expect(out.y).toBeCloseTo(1 / (1 + Math.exp(1.1)), 12);
  });

  it('says when inputs and weights differ in number', () => {
    expect(() => neuronOutput([1], [1, 2], 0, activationCurve('relu', 0)!)).toThrow(
      'The neuron has 2 weights but 1 inputs.',
    );
  });
});
