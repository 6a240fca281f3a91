/**
 * Spiral: two arms winding around the origin, one per class. The hardest Playground set: a network
 * needs several hidden units (or sin/cos features) to follow the arms.
 */
import { createRandom } from '../random';
import { finishDataset, pointExamples, syntheticInfo, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** The outer end of each arm. */
export const SPIRAL_RADIUS = 5;
/** How many turns each arm makes from the centre to the outer end. */
export const SPIRAL_TURNS = 1.75;

const info = syntheticInfo(
  {
    id: 'spiral',
    name: 'Spiral',
    description: 'Two spiral arms wound into each other, one per class.',
    task: 'classification',
    inputShape: [2],
    targetShape: [2],
    classNames: ['arm A', 'arm B'],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const spiral: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count, noise } = options;
    const random = createRandom(options.seed);
    const points = new Float32Array(count * 2);
    const labels = new Uint8Array(count);
    const armSizes = [Math.ceil(count / 2), Math.floor(count / 2)];
    let row = 0;
    armSizes.forEach((n, arm) => {
      // Point i of an arm of n points: radius r = 5·i/n and angle t = 1.75·2π·i/n + arm·π, at
      // (r·sin t, r·cos t); arm B is arm A turned by half a turn. Noise adds ±noise per axis.
      for (let i = 0; i < n; i++, row++) {
        const r = (SPIRAL_RADIUS * i) / n;
        const t = (SPIRAL_TURNS * 2 * Math.PI * i) / n + arm * Math.PI;
        points[2 * row] = r * Math.sin(t) + random.uniform(-1, 1) * noise;
        points[2 * row + 1] = r * Math.cos(t) + random.uniform(-1, 1) * noise;
        labels[row] = arm;
      }
    });
    return finishDataset(info, options, pointExamples(points, labels, 2), random);
  },
};
