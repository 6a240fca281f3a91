/**
 * The same seed on the cpu backend gives the same run: the same starting weights, the same order
 * of examples, the same dropout masks, and so the same loss curve, number for number.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../data';
import { selectBackend } from '../backend/select';
import { chain } from '../../graph/testing/build';
import { cut, dataset } from './testing/datasets';
import { CLASSIFY, mlp } from './testing/graphs';
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

it('repeats a run whose recurrent layers drop inputs and carried state, for the same seed', async () => {
  const waves = cut(await dataset('waves', { count: 120, length: 16 }), 96, 24);
  const lstmCurve = async (seed: number) => {
    const run = await train({
      graph: chain(
        ['Input', { shape: [16, 1] }],
        ['LSTM', { units: 6, dropout: 0.3, recurrentDropout: 0.3 }],
        ['Dense', { units: 3, activation: 'softmax' }],
        CLASSIFY,
      ),
      dataset: waves,
      backend: 'cpu',
      training: { seed, epochs: 2, batchSize: 16, learningRate: 0.01, shuffle: true },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    return run.of('epoch').map((e) => e.train.loss);
  };
  const first = await lstmCurve(5);
  expect(await lstmCurve(5)).toEqual(first);
  expect(await lstmCurve(6)).not.toEqual(first);
});
