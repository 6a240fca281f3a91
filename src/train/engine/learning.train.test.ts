/**
 * The engine really learns, on the wasm backend: a tanh MLP follows the spiral, a single linear
 * unit finds the line's slope and intercept, and a Maxout network separates xor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { linearUnit, mlp, CLASSIFY } from './testing/graphs';
import { train } from './testing/harness';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

describe('training on wasm', () => {
  it('a 2-hidden-layer tanh MLP reaches 95% on the spiral test set', async () => {
    const run = await train({
      graph: mlp([16, 16], 'tanh'),
      dataset: await dataset('spiral'),
      training: {
        optimizer: 'adam',
        learningRate: 0.02,
        batchSize: 16,
        epochs: 120,
        validationSplit: 0,
      },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    expect(run.done.epochs).toBe(120);
    expect(run.done.test!.metrics.acc).toBeGreaterThanOrEqual(0.95);
    const losses = run.of('epoch').map((e) => e.train.loss);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 10);
  });

  it('linear regression recovers the slope and intercept within 2%', async () => {
    const data = await dataset('linear');
    const run = await train({
      graph: linearUnit(),
      dataset: data,
      // The cosine schedule lets plain SGD settle on the best line instead of jittering around it.
      training: {
        optimizer: 'sgd',
        learningRate: 0.1,
        lrSchedule: 'cosine',
        batchSize: 16,
        epochs: 100,
        validationSplit: 0,
      },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    // The only layer with weights: the Dense unit, kernel [1, 1] then bias [1].
    const [dense] = Object.values(run.session.weights());
    const [a, b] = dense!.map((t) => t.values[0]!);
    const truth = data.truth!;
    expect(Math.abs(a! - truth.a) / Math.abs(truth.a)).toBeLessThan(0.02);
    expect(Math.abs(b! - truth.b) / Math.abs(truth.b)).toBeLessThan(0.02);
    // And it is the least-squares line through the noisy training points.
    const fit = leastSquares(data.train.x, data.train.y);
    expect(a).toBeCloseTo(fit.a, 3);
    expect(b).toBeCloseTo(fit.b, 3);
    expect(Object.keys(run.done.test!.metrics)).toEqual(['mae']);
  });

  it('a Maxout network separates xor', async () => {
    const graph = chain(
      ['Input', { shape: [2] }],
      ['Maxout', { units: 8, pieces: 3 }],
      ['Dense', { units: 2, activation: 'softmax' }],
      [...CLASSIFY],
    );
    const run = await train({
      graph,
      dataset: await dataset('xor'),
      training: { optimizer: 'adam', learningRate: 0.02, batchSize: 16, epochs: 60 },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    // xor is not linearly separable: a straight line gets about 50–75% at best.
    expect(run.done.test!.metrics.acc).toBeGreaterThanOrEqual(0.9);
  });
});

/** The line y = a·x + b with the least squared error: a = cov(x, y) / var(x), b = ȳ − a·x̄. */
function leastSquares(x: Float32Array, y: Float32Array): { a: number; b: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let cov = 0;
  let vx = 0;
  for (let i = 0; i < n; i++) {
    cov += (x[i]! - mx) * (y[i]! - my);
    vx += (x[i]! - mx) ** 2;
  }
  const a = cov / vx;
  return { a, b: my - a * mx };
}
