/**
 * Bumps: a regression surface of six bumps, alternately up (+1) and down (−1), on a 3 × 2 grid.
 * Fitting it needs hidden units that each cover a region.
 */
import { playgroundRegression } from './playgroundRegression';

/** Each bump: centre (x₁, x₂) and sign. */
export const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];
/** A bump falls linearly from ±1 at its centre to 0 at this distance. */
export const BUMP_RADIUS = 2;

/**
 * The target: Σ sign · max(0, 1 − d / 2) over the bumps, d the distance to the bump's centre.
 * Playground, which calls the bumps gaussians, takes the bump largest in absolute value instead
 * of the sum; centres lie at least 4 = 2·radius apart, so at most one bump is non-zero at any
 * point and the two agree.
 */
export function bumpsValue(x1: number, x2: number): number {
  let value = 0;
  for (const [c1, c2, sign] of BUMPS) {
    value += sign * Math.max(0, 1 - Math.hypot(x1 - c1, x2 - c2) / BUMP_RADIUS);
  }
  return value;
}

export const regGauss = playgroundRegression(
  {
    id: 'reg-gauss',
    name: 'Bumps',
    description: 'Six round bumps, three up and three down, to fit with a regression network.',
  },
  bumpsValue,
);
