/**
 * Training with image augmentation on the shapes dataset (wasm backend): the model still learns,
 * and the examples it is measured on are never changed.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../data';
import { chain } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import type { TrainingSettings } from '../../project/training';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { CLASSIFY } from './testing/graphs';
import { record, train } from './testing/harness';

let shapes: Dataset;
beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
  shapes = await dataset('shapes', { count: 600, noise: 0 });
});

function shapesCnn(): Graph {
  return chain(
    ['Input', { shape: [32, 32, 1] }],
    ['Conv2D', { filters: 8, kernelSize: [3, 3], activation: 'relu' }],
    ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
    ['Conv2D', { filters: 8, kernelSize: [3, 3], activation: 'relu' }],
    ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
    'Flatten',
    ['Dense', { units: 3, activation: 'softmax' }],
    [...CLASSIFY],
  );
}

const AUGMENTED: Partial<TrainingSettings> = {
  augmentFlip: 'both',
  augmentShift: 2,
  augmentRotation: 15,
  learningRate: 0.01,
  batchSize: 32,
  seed: 11,
  validationSource: 'test',
};

it('learns the shapes with flips, shifts and rotations on', async () => {
  const run = await train({
    graph: shapesCnn(),
    dataset: shapes,
    training: { ...AUGMENTED, epochs: 6 },
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  const losses = run.of('epoch').map((e) => e.train.loss);
  expect(losses.at(-1)!).toBeLessThan(losses[0]!);
  // Three balanced classes: a third is chance.
  expect(run.done.test!.metrics.acc).toBeGreaterThan(0.6);
}, 180_000);

it('measures validation examples as they are, without augmentation', async () => {
  const augmented = await train({
    graph: shapesCnn(),
    dataset: shapes,
    training: { ...AUGMENTED, epochs: 1 },
  });
  const validation = augmented.of('epoch')[0]!.validation!;
  // The trained weights, measured on the test set by a run that never augments and never trains
  // (stopped before its first batch, it still scores the test set).
  const plain = await record({
    graph: shapesCnn(),
    dataset: shapes,
    training: { ...AUGMENTED, augmentFlip: 'off', augmentShift: 0, augmentRotation: 0 },
    weights: augmented.session.weights(),
  });
  plain.session.stop();
  await plain.session.run();
  const clean = plain.of('done')[0]!.test!;
  expect(validation.loss).toBeCloseTo(clean.loss, 5);
  expect(validation.metrics.acc).toBe(clean.metrics.acc);
  expect(augmented.done.test).toEqual(clean);
}, 120_000);
