/**
 * The same seed on the cpu backend gives the same run: the same starting weights, the same order
 * of examples, the same dropout masks, and so the same loss curve, number for number.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../data';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { mlp } from './testing/graphs';
import { record, train } from './testing/harness';

let spiral: Dataset;
beforeAll(async () => {
  await selectBackend({ requested: 'cpu' });
  spiral = await dataset('spiral');
});

async function curve(seed: number): Promise<number[]> {
  const run = await train({
    graph: mlp([12, 12], 'relu', [['Dropout', { rate: 0.3 }]]),
    dataset: spiral,
    backend: 'cpu',
    training: {
      seed,
      epochs: 4,
      batchSize: 16,
      learningRate: 0.01,
      shuffle: true,
      validationSplit: 0.25,
    },
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  return run.of('epoch').flatMap((e) => [e.train.loss, e.validation!.loss]);
}

it('gives the same loss curve for the same seed, and another for another seed', async () => {
  const first = await curve(7);
  expect(await curve(7)).toEqual(first);
  const other = await curve(8);
  expect(other).toHaveLength(first.length);
  expect(other).not.toEqual(first);
});

it('starts from the same weights for the same seed', async () => {
  const start = async (seed: number) => {
    const { session } = await record({
      graph: mlp([5], 'tanh'),
      dataset: spiral,
      backend: 'cpu',
      training: { seed },
    });
    const weights = session.weights();
    // Stopped before its first batch: the run ends at once and frees its model.
    session.stop();
    expect(await session.run()).toEqual({ kind: 'stopped', reason: 'user' });
    expect(session.weights()).toEqual(weights);
    return weights;
  };
  const a = await start(3);
  expect(await start(3)).toEqual(a);
  expect(await start(4)).not.toEqual(a);
});
