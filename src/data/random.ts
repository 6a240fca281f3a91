/**
 * Seeded randomness for datasets: the same seed gives the same numbers on every machine, so a
 * dataset is fully described by its id and options. Backed by pure-rand's xoroshiro128+.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** A whole number uniform in [0, n). */
  below(n: number): number;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  // Box–Muller yields normals in pairs; the second is kept for the next call.
  let spare: number | null = null;
  return {
    uniform: (min, max) => min + (max - min) * uniformFloat64(rng),
    normal() {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      // z0 = √(−2 ln u1)·cos(2π u2), z1 = √(−2 ln u1)·sin(2π u2), with u1 in (0, 1] so ln u1 is finite.
      const u1 = 1 - uniformFloat64(rng);
      const u2 = uniformFloat64(rng);
      const radius = Math.sqrt(-2 * Math.log(u1));
      const angle = 2 * Math.PI * u2;
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    below: (n) => uniformInt(rng, 0, n - 1),
  };
}

/** A uniformly random ordering of 0 … n−1 (Fisher–Yates). */
export function permutation(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, random);
  return order;
}

/** Fisher–Yates: swap each position from the end with a uniformly chosen one at or before it. */
export function shuffleInPlace(values: Uint32Array, random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    const held = values[i] as number;
    values[i] = values[j] as number;
    values[j] = held;
  }
}
