/**
 * Two gaussians: two round clouds of points, one per class. A single straight line separates
 * them, the simplest case for a lesson on logistic regression.
 */
import { createRandom } from '../random';
import { finishDataset, pointExamples, syntheticInfo, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** The centre of class 0; class 1 is centred at its mirror image through the origin. */
export const GAUSS_CENTRE = 2;

/** The variance of each coordinate: noise 0 … 0.5 maps linearly onto 0.5 … 4, as in Playground. */
export function gaussVariance(noise: number): number {
  return 0.5 + (noise / 0.5) * (4 - 0.5);
}

const info = syntheticInfo(
  {
    id: 'gauss',
    name: 'Two gaussians',
    description: 'Two round clouds of points, one around (2, 2) and one around (−2, −2).',
    task: 'classification',
    inputShape: [2],
    targetShape: [2],
    classNames: ['around (2, 2)', 'around (−2, −2)'],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const gauss: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count } = options;
    const random = createRandom(options.seed);
    const sd = Math.sqrt(gaussVariance(options.noise));
    const points = new Float32Array(count * 2);
    const labels = new Uint8Array(count);
    const firstCount = Math.ceil(count / 2);
    for (let i = 0; i < count; i++) {
      const label = i < firstCount ? 0 : 1;
      const centre = label === 0 ? GAUSS_CENTRE : -GAUSS_CENTRE;
      points[2 * i] = centre + sd * random.normal();
      points[2 * i + 1] = centre + sd * random.normal();
      labels[i] = label;
    }
    return finishDataset(info, options, pointExamples(points, labels, 2), random);
  },
};
