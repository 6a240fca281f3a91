/**
 * Plane: a regression target that rises evenly towards the upper right, y = (x₁ + x₂) / 10. A
 * single linear unit fits it exactly.
 */
import { createRandom } from '../random';
import { finishDataset, syntheticInfo, valueExamples, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** Inputs are uniform in ±6 on each axis. */
export const REG_HALF_WIDTH = 6;

/** The target: x₁ + x₂ over [−10, 10] mapped linearly onto [−1, 1], not clamped. */
export function planeValue(x1: number, x2: number): number {
  return (x1 + x2) / 10;
}

const info = syntheticInfo(
  {
    id: 'reg-plane',
    name: 'Plane',
    description: 'A value that rises evenly with x₁ + x₂: the simplest regression surface.',
    task: 'regression',
    inputShape: [2],
    targetShape: [1],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const regPlane: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count, noise } = options;
    const random = createRandom(options.seed);
    const inputs = new Float32Array(count * 2);
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const x1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
      const x2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
      // Noise shifts where the surface is read, by up to ±6·noise on each axis.
      const e1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
      const e2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
      inputs[2 * i] = x1;
      inputs[2 * i + 1] = x2;
      values[i] = planeValue(x1 + e1, x2 + e2);
    }
    return finishDataset(info, options, valueExamples(inputs, values, 2), random);
  },
};
