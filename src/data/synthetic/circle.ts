/**
 * Circle: a disc of one class inside a ring of the other. A straight line cannot separate them;
 * a hidden layer (or the feature x₁² + x₂²) can.
 */
import { createRandom } from '../random';
import { finishDataset, pointExamples, syntheticInfo, type SyntheticDataset } from './build';
import { PLAYGROUND_CREDIT, PLAYGROUND_DOMAIN, PLAYGROUND_OPTIONS } from './playground';

/** Points lie within this radius; the class boundary is at half of it. */
export const CIRCLE_RADIUS = 5;
const INSIDE = 0;
const OUTSIDE = 1;

const info = syntheticInfo(
  {
    id: 'circle',
    name: 'Circle',
    description: 'A disc of points surrounded by a ring of points of the other class.',
    task: 'classification',
    inputShape: [2],
    targetShape: [2],
    classNames: ['inside', 'outside'],
    inputDomain: PLAYGROUND_DOMAIN,
    ...PLAYGROUND_CREDIT,
  },
  PLAYGROUND_OPTIONS,
);

export const circle: SyntheticDataset<typeof PLAYGROUND_OPTIONS> = {
  info,
  generate(options) {
    const { count, noise } = options;
    const random = createRandom(options.seed);
    const points = new Float32Array(count * 2);
    const labels = new Uint8Array(count);
    const insideCount = Math.ceil(count / 2);
    for (let i = 0; i < count; i++) {
      // The disc draws radii in [0, R/2), the ring in [0.7·R, R): a gap of 0.2·R between them.
      const r =
        i < insideCount
          ? random.uniform(0, CIRCLE_RADIUS * 0.5)
          : random.uniform(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
      const angle = random.uniform(0, 2 * Math.PI);
      const x1 = r * Math.sin(angle);
      const x2 = r * Math.cos(angle);
      // Noise does not move the point: it moves where the point is judged, so labels near the
      // boundary flip. Offsets are uniform in ±R·noise on each axis.
      const e1 = random.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
      const e2 = random.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
      points[2 * i] = x1;
      points[2 * i + 1] = x2;
      labels[i] = Math.hypot(x1 + e1, x2 + e2) < CIRCLE_RADIUS * 0.5 ? INSIDE : OUTSIDE;
    }
    return finishDataset(info, options, pointExamples(points, labels, 2), random);
  },
};
