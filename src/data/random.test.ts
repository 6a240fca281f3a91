import { describe, expect, it } from 'vitest';
import { createRandom, permutation } from './random';

function draws(seed: number, n: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.uniform(0, 1));
}

describe('createRandom', () => {
  it('repeats the same numbers for the same seed and differs for another', () => {
    expect(draws(7, 100)).toEqual(draws(7, 100));
    const other = draws(8, 100);
    expect(other.filter((v, i) => v === draws(7, 100)[i])).toHaveLength(0);
  });

  it('keeps uniform draws inside [min, max) and spreads them over it', () => {
    const random = createRandom(1);
    const values = Array.from({ length: 10_000 }, () => random.uniform(-6, 6));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-6);
    expect(Math.max(...values)).toBeLessThan(6);
    // Each of 12 unit bins should get about 1/12 of the draws (833 ± 3·28).
    const bins = new Array<number>(12).fill(0);
    for (const v of values) bins[Math.floor(v + 6)]!++;
    for (const b of bins) expect(Math.abs(b - 10_000 / 12)).toBeLessThan(90);
  });

  it('draws standard normals: mean 0, variance 1, 95 % within ±1.96', () => {
    const random = createRandom(3);
    const n = 20_000;
    const z = Array.from({ length: n }, () => random.normal());
    const mean = z.reduce((s, v) => s + v, 0) / n;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    const inside = z.filter((v) => Math.abs(v) < 1.96).length / n;
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.006);
  });

  it('draws consecutive normals independently (no correlation between neighbours)', () => {
    const random = createRandom(9);
    const z = Array.from({ length: 20_000 }, () => random.normal());
    let sum = 0;
    for (let i = 0; i + 1 < z.length; i += 2) sum += z[i]! * z[i + 1]!;
    expect(Math.abs(sum / (z.length / 2))).toBeLessThan(0.03);
  });

  it('draws whole numbers below n, each about equally often', () => {
    const random = createRandom(4);
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 5_000; i++) counts[random.below(5)]!++;
    expect(counts.reduce((s, c) => s + c, 0)).toBe(5_000);
    for (const c of counts) expect(Math.abs(c - 1_000)).toBeLessThan(100);
  });
});

describe('permutation', () => {
  it('orders every index exactly once, differently per seed', () => {
    const a = permutation(1_000, createRandom(5));
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
    expect(a).toEqual(permutation(1_000, createRandom(5)));
    expect(a).not.toEqual(permutation(1_000, createRandom(6)));
    // A shuffle, not the identity: few indices stay in place (about 1 on average).
    expect(a.filter((v, i) => v === i).length).toBeLessThan(10);
  });
});
