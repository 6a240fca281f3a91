import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../options';
import { linear, LINEAR_OPTIONS } from './linear';
import { allRows } from './testing';

function generate(given: Partial<Record<keyof typeof LINEAR_OPTIONS, number>> = {}) {
  return linear.generate({ ...defaultOptions(LINEAR_OPTIONS), ...given });
}

/** Ordinary least squares: slope = cov(x, y) / var(x), intercept = ȳ − slope · x̄. */
function leastSquares(x: Float32Array, y: Float32Array): { a: number; b: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  const a = sxy / sxx;
  return { a, b: my - a * mx };
}

describe('linear', () => {
  it('records the true line, defaults a = 2 and b = −1', () => {
    expect(generate().truth).toEqual({ kind: 'line', a: 2, b: -1 });
    expect(generate({ a: -3.5, b: 10 }).truth).toEqual({ kind: 'line', a: -3.5, b: 10 });
  });

  it('without noise, puts every point on the line', () => {
    for (const row of allRows(generate({ noise: 0, a: -3.5, b: 10 }))) {
      expect(row.x[0]).toBeGreaterThanOrEqual(-1);
      expect(row.x[0]).toBeLessThan(1);
      expect(row.y[0]).toBeCloseTo(-3.5 * row.x[0]! + 10, 5);
    }
  });

  it('with default options, lets least squares on the training part find a and b within 1 %', () => {
    const d = generate();
    expect([d.train.count, d.test.count]).toEqual([400, 100]);
    const fit = leastSquares(d.train.x, d.train.y);
    expect(Math.abs(fit.a - 2) / 2).toBeLessThan(0.01);
    expect(Math.abs(fit.b + 1) / 1).toBeLessThan(0.01);
  });

  it('scatters y around the line with the standard deviation given as noise', () => {
    const d = generate({ noise: 0.5, count: 5_000 });
    const residuals = allRows(d).map((r) => r.y[0]! - (2 * r.x[0]! - 1));
    const mean = residuals.reduce((s, v) => s + v, 0) / residuals.length;
    const sd = Math.sqrt(residuals.reduce((s, v) => s + (v - mean) ** 2, 0) / residuals.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.03);
  });

  it('draws the same x whatever the noise, so noise alone moves the points', () => {
    const clean = generate({ noise: 0 });
    const noisy = generate({ noise: 1 });
    expect(noisy.train.x).toEqual(clean.train.x);
    expect(noisy.train.y).not.toEqual(clean.train.y);
  });
});
