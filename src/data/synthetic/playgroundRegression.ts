/**
 * Playground's regression sets: points uniform in ±6 on each axis, each labelled with a surface's
 * value. Noise shifts where the surface is read, by up to ±6·noise on each axis, so the labels
 * blur while the points stay where they are.
 */
import { createRandom } from '../random';
import type { DatasetInfo } from '../types';
import { finishDataset, syntheticInfo, valueExamples, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** Inputs are uniform in ±6 on each axis. */
export const REG_HALF_WIDTH = 6;

export function playgroundRegression(
  about: Pick<DatasetInfo, 'id' | 'name' | 'description'>,
  surface: (x1: number, x2: number) => number,
): SyntheticDataset<typeof PLAYGROUND_OPTIONS> {
  const info = syntheticInfo(
    {
      ...about,
      task: 'regression',
      inputShape: [2],
      targetShape: [1],
      inputDomain: PLAYGROUND_DOMAIN,
      ...PLAYGROUND_CREDIT,
    },
    PLAYGROUND_OPTIONS,
  );
  return {
    info,
    generate(options) {
      const { count, noise } = options;
      const random = createRandom(options.seed);
      const inputs = new Float32Array(count * 2);
      const values = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        const x1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
        const x2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH);
        const e1 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
        const e2 = random.uniform(-REG_HALF_WIDTH, REG_HALF_WIDTH) * noise;
        inputs[2 * i] = x1;
        inputs[2 * i + 1] = x2;
        values[i] = surface(x1 + e1, x2 + e2);
      }
      return finishDataset(info, options, valueExamples(inputs, values, 2), random);
    },
  };
}
