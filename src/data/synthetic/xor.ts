/**
 * XOR: the four quadrants, with opposite quadrants in the same class. The classic problem a single
 * neuron cannot solve; the product feature x₁·x₂ or one hidden layer can.
 */
import { createRandom } from '../random';
import { finishDataset, pointExamples, syntheticInfo, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** Coordinates are drawn from ±5 and pushed this far away from the axes, so quadrants separate. */
export const XOR_PADDING = 0.3;
const HALF_WIDTH = 5;
const SAME_SIGN = 0;
const OPPOSITE_SIGNS = 1;

const info = syntheticInfo(
  {
    id: 'xor',
    name: 'XOR',
    description:
      'Four quadrants: points where x₁ and x₂ have the same sign form one class, the others the second.',
    task: 'classification',
    inputShape: [2],
    targetShape: [2],
    classNames: ['same sign', 'opposite signs'],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const xor: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count, noise } = options;
    const random = createRandom(options.seed);
    const points = new Float32Array(count * 2);
    const labels = new Uint8Array(count);
    const padded = (v: number) => v + (v > 0 ? XOR_PADDING : -XOR_PADDING);
    for (let i = 0; i < count; i++) {
      const x1 = padded(random.uniform(-HALF_WIDTH, HALF_WIDTH));
      const x2 = padded(random.uniform(-HALF_WIDTH, HALF_WIDTH));
      // As for the circle, noise shifts where the point is judged (±5·noise), flipping labels
      // near the axes, and leaves the point where it is.
      const e1 = random.uniform(-HALF_WIDTH, HALF_WIDTH) * noise;
      const e2 = random.uniform(-HALF_WIDTH, HALF_WIDTH) * noise;
      points[2 * i] = x1;
      points[2 * i + 1] = x2;
      labels[i] = (x1 + e1) * (x2 + e2) >= 0 ? SAME_SIGN : OPPOSITE_SIGNS;
    }
    return finishDataset(info, options, pointExamples(points, labels, 2), random);
  },
};
