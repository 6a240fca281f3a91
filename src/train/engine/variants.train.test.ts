/**
 * Every optimizer, learning-rate schedule and loss the settings offer trains: the loss falls over a
 * short run. The models are tiny, so the whole table takes a few seconds on wasm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import type { TrainingSettings } from '../../project/training';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { mlp } from './testing/graphs';
import { train } from './testing/harness';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

async function lossesOf(
  training: Partial<TrainingSettings>,
  graph = mlp([8], 'tanh'),
  id = 'circle',
) {
  const run = await train({
    graph,
    dataset: await dataset(id),
    training: { epochs: 8, batchSize: 16, validationSplit: 0, ...training },
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  return run.of('epoch').map((e) => e.train.loss);
}

describe('optimizers and schedules', () => {
  it.each<Partial<TrainingSettings>>([
    { optimizer: 'sgd', learningRate: 0.1 },
    { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9 },
    { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, nesterov: true },
    { optimizer: 'adam', learningRate: 0.01 },
    { optimizer: 'rmsprop', learningRate: 0.01 },
    { optimizer: 'adagrad', learningRate: 0.1 },
    { optimizer: 'adadelta', learningRate: 1 },
    { optimizer: 'adamax', learningRate: 0.02 },
    {
      optimizer: 'adam',
      learningRate: 0.02,
      lrSchedule: 'step',
      lrStepFactor: 0.5,
      lrStepEpochs: 2,
    },
    { optimizer: 'adam', learningRate: 0.02, lrSchedule: 'exponential', lrDecayRate: 0.8 },
    { optimizer: 'adam', learningRate: 0.02, lrSchedule: 'cosine' },
  ])('%o lowers the loss', async (training) => {
    const losses = await lossesOf(training);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.9);
  });
});

describe('losses', () => {
  const regression = (loss: string) =>
    chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 1, activation: 'linear' }],
      ['Output', { loss, metrics: ['mae', 'mse'] }],
    );
  const classes = (loss: string, units: number, activation: string) =>
    chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['BatchNormalization', {}],
      ['Dense', { units, activation }],
      ['Output', { loss, metrics: ['accuracy'] }],
    );
  it.each([
    {
      loss: 'categorical_crossentropy',
      graph: () => classes('categorical_crossentropy', 2, 'softmax'),
      id: 'gauss',
    },
    {
      loss: 'sparse_categorical_crossentropy',
      graph: () => classes('sparse_categorical_crossentropy', 2, 'softmax'),
      id: 'gauss',
    },
    {
      loss: 'binary_crossentropy (one sigmoid unit)',
      graph: () => classes('binary_crossentropy', 1, 'sigmoid'),
      id: 'gauss',
    },
    { loss: 'mean_squared_error', graph: () => regression('mean_squared_error'), id: 'reg-plane' },
    {
      loss: 'mean_absolute_error',
      graph: () => regression('mean_absolute_error'),
      id: 'reg-plane',
    },
    { loss: 'huber', graph: () => regression('huber'), id: 'reg-plane' },
  ])('$loss lowers the loss', async ({ graph, id }) => {
    const losses = await lossesOf({ optimizer: 'adam', learningRate: 0.02 }, graph(), id);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.9);
  });
});
