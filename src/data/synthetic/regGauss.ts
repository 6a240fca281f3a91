/**
 * Bumps: a regression surface of six bumps, alternately up (+1) and down (−1), on a 3 × 2 grid.
 * Fitting it needs hidden units that each cover a region.
 */
import { createRandom } from '../random';
import { finishDataset, syntheticInfo, valueExamples, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';
import { REG_HALF_WIDTH } from './regPlane';

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

const info = syntheticInfo(
  {
    id: 'reg-gauss',
    name: 'Bumps',
    description: 'Six round bumps, three up and three down, to fit with a regression network.',
    task: 'regression',
    inputShape: [2],
    targetShape: [1],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const regGauss: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count, noise } = options;
    const random = createRandom(options.seed);
    const inputs = new Float32Array(count * 2);
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const x1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
      const x2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
      // As for the plane, noise shifts where the surface is read (±6·noise per axis).
      const e1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
      const e2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
      inputs[2 * i] = x1;
      inputs[2 * i + 1] = x2;
      values[i] = bumpsValue(x1 + e1, x2 + e2);
    }
    return finishDataset(info, options, valueExamples(inputs, values, 2), random);
  },
};
