import { describe, expect, it } from 'vitest';
import { activationOf, sampleCurve } from './activationCurves';

const label = (v: string) => v.toUpperCase();
const names = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'selu', 'softplus'];

describe('activation curves', () => {
  it.each(names)('the derivative of %s matches its slope', (name) => {
    const spec = activationOf({ activation: name, leakyAlpha: 0.2, eluAlpha: 1.5 }, label)!;
    const h = 1e-5;
    // Away from 0, where ReLU-like functions have a kink.
    for (const x of [-3, -1.2, -0.4, 0.3, 1.1, 2.7]) {
      const slope = (spec.curve.f(x + h) - spec.curve.f(x - h)) / (2 * h);
      expect(spec.curve.df(x)).toBeCloseTo(slope, 4);
    }
  });

  it('follows α for ELU and Leaky ReLU', () => {
    const elu = (a: number) => activationOf({ activation: 'elu', eluAlpha: a }, label)!;
    expect(elu(2).curve.f(-50)).toBeCloseTo(-2);
    expect(elu(0.5).curve.f(-50)).toBeCloseTo(-0.5);
    expect(elu(2).title).toBe('ELU, α = 2');
    const leaky = activationOf({ activation: 'leaky_relu', leakyAlpha: 0.1 }, label)!;
    expect(leaky.curve.f(-2)).toBeCloseTo(-0.2);
    expect(leaky.curve.df(-2)).toBe(0.1);
  });

  it('takes the common values of known functions', () => {
    const at0 = (name: string) => activationOf({ activation: name }, label)!.curve.f(0);
    expect(at0('sigmoid')).toBe(0.5);
    expect(at0('softplus')).toBeCloseTo(Math.LN2);
    expect(activationOf({ activation: 'selu' }, label)!.curve.f(1)).toBeCloseTo(1.0507, 4);
  });

  it('has no curve for softmax, which works on whole vectors, or for layers without activation', () => {
    expect(activationOf({ activation: 'softmax' }, label)).toBeNull();
    expect(activationOf({ units: 3 }, label)).toBeNull();
  });

  it('samples the range evenly, ends included', () => {
    const { xs } = sampleCurve({ f: (x) => x, df: () => 1 }, -4, 4, 9);
    expect(xs).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
  });
});
