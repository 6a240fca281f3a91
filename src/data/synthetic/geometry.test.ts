/** The shape of each Playground set, checked from the points themselves. */
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../options';
import { circle, CIRCLE_RADIUS } from './circle';
import { gauss, GAUSS_CENTRE, gaussVariance } from './gauss';
import { BUMPS, bumpsValue, regGauss } from './regGauss';
import { regPlane } from './regPlane';
import { spiral, SPIRAL_RADIUS, SPIRAL_TURNS } from './spiral';
import { allRows, type Row } from './testing';
import { xor, XOR_PADDING } from './xor';
import { PLAYGROUND_OPTIONS } from './playground';
import type { SyntheticDataset } from './build';

type Options = Partial<Record<keyof typeof PLAYGROUND_OPTIONS, number>>;

function rows(dataset: SyntheticDataset<typeof PLAYGROUND_OPTIONS>, given: Options): Row[] {
  return allRows(dataset.generate({ ...defaultOptions(PLAYGROUND_OPTIONS), ...given }));
}

const radius = (row: Row) => Math.hypot(row.x[0]!, row.x[1]!);
const INSIDE = 0;

describe('circle', () => {
  it('without noise, labels a point by its radius: inside below R/2, a ring from 0.7·R to R', () => {
    for (const row of rows(circle, { noise: 0, count: 2_000 })) {
      const r = radius(row);
      if (row.label === INSIDE) expect(r).toBeLessThan(CIRCLE_RADIUS / 2);
      else {
        expect(r).toBeGreaterThanOrEqual(CIRCLE_RADIUS * 0.7 - 1e-5);
        expect(r).toBeLessThanOrEqual(CIRCLE_RADIUS + 1e-5);
      }
    }
  });

  it('with noise, keeps the points and flips labels only near the boundary', () => {
    const clean = rows(circle, { noise: 0, seed: 3 });
    const noisy = rows(circle, { noise: 0.1, seed: 3 });
    expect(noisy.map((r) => r.x)).toEqual(clean.map((r) => r.x));
    // A judging offset of at most √2 · 5 · 0.1 ≈ 0.71 can only flip disc points beyond
    // r = 2.5 − 0.71; the ring starts at 3.5, out of reach.
    const flipped = noisy.filter((row, i) => row.label !== clean[i]!.label);
    expect(flipped.length).toBeGreaterThan(0);
    for (const row of flipped) {
      expect(row.label).not.toBe(INSIDE);
      expect(radius(row)).toBeGreaterThan(CIRCLE_RADIUS / 2 - Math.SQRT2 * CIRCLE_RADIUS * 0.1);
    }
  });
});

describe('xor', () => {
  it('without noise, labels by the sign of x₁·x₂ and keeps points off the axes', () => {
    for (const row of rows(xor, { noise: 0, count: 2_000 })) {
      const [x1, x2] = row.x as [number, number];
      expect(row.label).toBe(x1 * x2 >= 0 ? 0 : 1);
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(XOR_PADDING - 1e-6);
    }
  });

  it('with the most noise, still mostly agrees with the quadrant', () => {
    const noisy = rows(xor, { noise: 0.5, count: 2_000 });
    const agree = noisy.filter((r) => (r.x[0]! * r.x[1]! >= 0 ? 0 : 1) === r.label).length;
    expect(agree / noisy.length).toBeGreaterThan(0.6);
    expect(agree / noisy.length).toBeLessThan(0.95);
  });
});

describe('gauss', () => {
  it.each([0, 0.25, 0.5])(
    'at noise %f, centres each class and spreads it as Playground does',
    (noise) => {
      const all = rows(gauss, { noise, count: 4_000 });
      for (const [label, centre] of [
        [0, GAUSS_CENTRE],
        [1, -GAUSS_CENTRE],
      ] as const) {
        const members = all.filter((r) => r.label === label);
        for (const k of [0, 1]) {
          const values = members.map((r) => r.x[k]!);
          const mean = values.reduce((s, v) => s + v, 0) / values.length;
          const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
          expect(Math.abs(mean - centre)).toBeLessThan(0.15);
          expect(variance / gaussVariance(noise)).toBeGreaterThan(0.88);
          expect(variance / gaussVariance(noise)).toBeLessThan(1.12);
        }
      }
    },
  );

  it('maps noise 0 … 0.5 onto variance 0.5 … 4', () => {
    expect([gaussVariance(0), gaussVariance(0.25), gaussVariance(0.5)]).toEqual([0.5, 2.25, 4]);
  });
});

describe('spiral', () => {
  const angleGap = (a: number, b: number) => {
    const d = (((a - b) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    return Math.min(d, 2 * Math.PI - d);
  };

  it('without noise, puts each point on its arm: angle = 1.75 · 2π · r / 5, arm B turned by π', () => {
    for (const row of rows(spiral, { noise: 0, count: 1_000 })) {
      const r = radius(row);
      expect(r).toBeLessThan(SPIRAL_RADIUS);
      if (r < 0.05) continue; // the angle of a point at the centre says nothing
      const angle = Math.atan2(row.x[0]!, row.x[1]!);
      const expected = (SPIRAL_TURNS * 2 * Math.PI * r) / SPIRAL_RADIUS + row.label * Math.PI;
      expect(angleGap(angle, expected)).toBeLessThan(1e-4);
    }
  });

  it('with noise, moves each point by at most the noise on each axis', () => {
    const clean = rows(spiral, { noise: 0, seed: 5 });
    const noisy = rows(spiral, { noise: 0.3, seed: 5 });
    let moved = 0;
    noisy.forEach((row, i) => {
      expect(row.label).toBe(clean[i]!.label);
      for (const k of [0, 1]) {
        const shift = Math.abs(row.x[k]! - clean[i]!.x[k]!);
        expect(shift).toBeLessThanOrEqual(0.3 + 1e-5);
        moved += shift;
      }
    });
    // Uniform shifts in ±0.3 average 0.15 per axis.
    expect(moved / (2 * noisy.length)).toBeGreaterThan(0.12);
  });
});

describe('reg-plane', () => {
  it('without noise, is exactly (x₁ + x₂) / 10', () => {
    for (const row of rows(regPlane, { noise: 0 })) {
      expect(row.y[0]).toBeCloseTo((row.x[0]! + row.x[1]!) / 10, 5);
    }
  });

  it('with noise, reads the plane up to 2 · 6 · noise / 10 away', () => {
    const noisy = rows(regPlane, { noise: 0.5 });
    const errors = noisy.map((r) => Math.abs(r.y[0]! - (r.x[0]! + r.x[1]!) / 10));
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.6 + 1e-5);
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeGreaterThan(0.1);
  });
});

describe('reg-gauss', () => {
  it('without noise, rises to +1 or falls to −1 at the bumps and is 0 away from them', () => {
    let nearBump = 0;
    let flat = 0;
    for (const row of rows(regGauss, { noise: 0, count: 3_000 })) {
      const [x1, x2] = row.x as [number, number];
      const y = row.y[0]!;
      expect(Math.abs(y)).toBeLessThanOrEqual(1);
      const distances = BUMPS.map(([c1, c2]) => Math.hypot(x1 - c1, x2 - c2));
      const nearest = Math.min(...distances);
      const sign = BUMPS[distances.indexOf(nearest)]![2];
      if (nearest > 2) {
        expect(y).toBe(0);
        flat++;
      } else if (nearest < 0.4) {
        expect(y * sign).toBeGreaterThan(0.8 - 1e-5);
        nearBump++;
      }
      expect(y).toBeCloseTo(bumpsValue(x1, x2), 5);
    }
    expect(nearBump).toBeGreaterThan(10);
    expect(flat).toBeGreaterThan(100);
  });

  it('sums the bumps, which equals Playground taking the largest in absolute value', () => {
    for (let x1 = -6; x1 <= 6; x1 += 0.25) {
      for (let x2 = -6; x2 <= 6; x2 += 0.25) {
        const each = BUMPS.map(
          ([c1, c2, s]) => s * Math.max(0, 1 - Math.hypot(x1 - c1, x2 - c2) / 2),
        );
        const largest = each.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
        expect(bumpsValue(x1, x2)).toBeCloseTo(largest, 12);
      }
    }
  });
});
