/**
 * On the cpu backend a seeded run with augmentation repeats number for number, and differs from
 * the same run without it (so the training batches really are changed).
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../data';
import { chain } from '../../graph/testing/build';
import type { TrainingSettings } from '../../project/training';
import { selectBackend } from '../backend/select';
import { cut, dataset } from './testing/datasets';
import { CLASSIFY } from './testing/graphs';
import { train } from './testing/harness';

let shapes: Dataset;
beforeAll(async () => {
  await selectBackend({ requested: 'cpu' });
  shapes = cut(await dataset('shapes', { count: 600, noise: 0 }), 64, 0);
});

async function losses(training: Partial<TrainingSettings>): Promise<number[]> {
  const run = await train({
    graph: chain(
      ['Input', { shape: [32, 32, 1] }],
      ['Conv2D', { filters: 4, kernelSize: [3, 3], strides: [2, 2], activation: 'relu' }],
      'Flatten',
      ['Dense', { units: 3, activation: 'softmax' }],
      [...CLASSIFY],
    ),
    dataset: shapes,
    backend: 'cpu',
    training: { epochs: 2, batchSize: 16, learningRate: 0.01, seed: 3, ...training },
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  return run.of('epoch').flatMap((e) => [e.train.loss, e.validation!.loss]);
}

it('repeats an augmented run for the same seed, and differs from a run without it', async () => {
  const on = { augmentFlip: 'horizontal', augmentShift: 2, augmentRotation: 10 } as const;
  const first = await losses(on);
  expect(await losses(on)).toEqual(first);
  expect(await losses({})).not.toEqual(first);
}, 120_000);
