/**
 * The quick lessons keep their promises: trained as the gallery hands them out, with their own
 * datasets and settings, on the wasm backend. The slow ones (digits, shapes) were measured once
 * with `neurocanvas train`; their figures are in their promises and their files' comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data';
import { loadDataset } from '../data/node/loadDataset';
import type { Project } from '../project/project';
import { selectBackend } from '../train/backend/select';
import { train } from '../train/engine/testing/harness';
import { circleMlp, deepRelu, deepSigmoid, spiralDeep, xorMlp } from './deep';
import type { Lesson } from './lesson';
import { learnedLine, trueLine } from './lineFit';
import { linearRegression, logisticRegression } from './regression';
import { shapesAutoencoder, shapesBoxes, shapesUnet, wavesConv1d } from './applications';
import { digitsAutoencoder } from './autoencoder';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

async function trainLesson(lesson: Lesson, layerStats = false) {
  const project = lesson.template.create();
  const run = await train({
    graph: project.graph,
    dataset: await loadDataset(project.dataset!.id, project.dataset!.options ?? {}),
    training: project.training,
    streams: { layerStats },
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  expect(run.done.epochs).toBe(project.training.epochs);
  const trained: Project = { ...project, weights: run.of('weights').at(-1)!.weights };
  return { run, trained };
}

it('linear regression finds the true slope and intercept within 2%', async () => {
  const { trained } = await trainLesson(linearRegression);
  const truth = trueLine(trained)!;
  const learned = learnedLine(trained)!;
  expect(truth).toEqual({ a: 2, b: -1 });
  expect(Math.abs(learned.a - truth.a)).toBeLessThanOrEqual(0.02 * Math.abs(truth.a));
  expect(Math.abs(learned.b - truth.b)).toBeLessThanOrEqual(0.02 * Math.abs(truth.b));
}, 60_000);

describe.each([
  { id: logisticRegression.id, lesson: logisticRegression, accuracy: 0.95 },
  { id: xorMlp.id, lesson: xorMlp, accuracy: 0.95 },
  { id: circleMlp.id, lesson: circleMlp, accuracy: 0.95 },
  { id: spiralDeep.id, lesson: spiralDeep, accuracy: 0.95 },
  { id: wavesConv1d.id, lesson: wavesConv1d, accuracy: 0.95 },
])('the $id lesson', ({ lesson, accuracy }) => {
  it(`reaches ${accuracy * 100}% test accuracy with its own settings`, async () => {
    const { run } = await trainLesson(lesson);
    expect(run.done.test!.metrics.acc).toBeGreaterThanOrEqual(accuracy);
  }, 60_000);
});

// Mean absolute errors per value; the baselines are in applications.ts.
describe.each([
  { id: shapesAutoencoder.id, lesson: shapesAutoencoder, mae: 0.02 },
  { id: shapesBoxes.id, lesson: shapesBoxes, mae: 0.02 },
])('the $id lesson', ({ lesson, mae }) => {
  it(`keeps its test mean absolute error within ${mae}`, async () => {
    const { run } = await trainLesson(lesson);
    expect(run.done.test!.metrics.mae).toBeLessThanOrEqual(mae);
  }, 120_000);
});

it('the U-Net, trained with the Dice loss, finds the shapes’ pixels with IoU ≥ 0.98', async () => {
  const { run } = await trainLesson(shapesUnet);
  // Measured with seed 42: IoU 0.996; an all-background mask scores 0.
  expect(run.done.test!.metrics.iou).toBeGreaterThanOrEqual(0.98);
}, 120_000);

it('the digits autoencoder rebuilds test digits within its promised error, far below the mean digit', async () => {
  const { run } = await trainLesson(digitsAutoencoder);
  const mse = run.done.test!.loss;
  // Measured with seed 42: 0.0417 after 15 epochs (76 s on wasm).
  expect(mse).toBeLessThanOrEqual(0.045);
  // Answering every digit with the mean training picture is the error to beat.
  const digits = await loadDataset('mnist-sample', { target: 'input' });
  expect(mse).toBeLessThan(0.75 * meanPictureError(digits));
}, 400_000);

/** The test error of always answering with the mean training picture. */
function meanPictureError(digits: Dataset): number {
  const size = digits.inputShape.reduce((p, d) => p * d, 1);
  const mean = new Float64Array(size);
  const { train: tr, test } = digits;
  for (let i = 0; i < tr.x.length; i++) mean[i % size]! += tr.x[i]! / tr.count;
  let sum = 0;
  for (let i = 0; i < test.y.length; i++) sum += (test.y[i]! - mean[i % size]!) ** 2;
  return sum / test.y.length;
}

describe('the vanishing-gradient pair', () => {
  /** The first hidden layer's gradient norm over the last layer's, after the first epoch. */
  async function firstOverLast(lesson: Lesson) {
    const { run } = await trainLesson(lesson, true);
    const layers = run.of('epoch')[0]!.layers!;
    const norm = (name: string) => layers.find((l) => l.name === name)!.gradientNorm!;
    return { ratio: norm('hidden_1') / norm('probability'), acc: run.done.test!.metrics.acc! };
  }

  it('starves the first sigmoid layer of gradient, and not the first ReLU layer', async () => {
    const sigmoid = await firstOverLast(deepSigmoid);
    const relu = await firstOverLast(deepRelu);
    // Measured with seed 42: 2.4e-4 against 1.4, a factor of about 6,000.
    expect(sigmoid.ratio * 100).toBeLessThan(relu.ratio);
    expect(sigmoid.acc).toBeLessThan(0.6);
    expect(relu.acc).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
