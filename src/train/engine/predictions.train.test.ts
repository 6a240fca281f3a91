/**
 * The prediction gallery's stream: real runs on real digits and on a 2-D set, checked against the
 * dataset itself and against the model's own scores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { MAX_PREDICTIONS } from '../../protocol/limits';
import { selectBackend } from '../backend/select';
import { integerLabels } from '../../data/labels';
import { PREDICTION_EXAMPLES } from './predictions';
import { cut, dataset } from './testing/datasets';
import { CLASSIFY, mlp } from './testing/graphs';
import { train } from './testing/harness';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

const digitsMlp = () =>
  chain(
    ['Input', { shape: [28, 28, 1] }],
    'Flatten',
    ['Dense', { units: 32, activation: 'relu' }],
    ['Dense', { units: 10, activation: 'softmax' }],
    [...CLASSIFY],
  );

describe('predictions', () => {
  it('name the same test digits every epoch, with their true labels, and get better', async () => {
    const digits = cut(await dataset('mnist-sample'), 2_000, 500);
    const run = await train({
      graph: digitsMlp(),
      dataset: digits,
      training: { epochs: 4, batchSize: 32, learningRate: 0.005, validationSplit: 0.1 },
      // An interval of 0: the gallery with every epoch.
      streams: { predictions: true, activationIntervalMs: 0 },
    });
    const epochs = run.of('epoch');
    expect(epochs).toHaveLength(4);
    const samples = epochs.map((e) => e.predictions!);
    const first = samples[0]!;
    expect(first.split).toBe('test');
    expect(first.indices).toHaveLength(PREDICTION_EXAMPLES);
    expect(PREDICTION_EXAMPLES).toBeLessThanOrEqual(MAX_PREDICTIONS);
    // Spread over the test set, not its first rows.
    expect(first.indices.at(-1)).toBeGreaterThan(400);
    const labels = integerLabels(digits.test, 10);
    for (const sample of samples) {
      expect(Array.from(sample.indices)).toEqual(Array.from(first.indices));
      expect(Array.from(sample.actual)).toEqual(Array.from(sample.indices, (i) => labels[i]!));
      for (const c of sample.confidence) {
        // A softmax output's largest probability among 10 classes is at least 1/10.
        expect(c).toBeGreaterThanOrEqual(0.1);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
    const right = (s: (typeof samples)[number]) =>
      s.predicted.filter((p, i) => p === s.actual[i]).length / s.predicted.length;
    // After four epochs on 1,800 digits a small MLP is right on most test digits (about 85-90%).
    expect(right(samples.at(-1)!)).toBeGreaterThan(0.7);
    expect(run.done.test!.metrics.acc).toBeGreaterThan(0.7);
    // The gallery shows several different classes.
    expect(new Set(first.actual).size).toBeGreaterThan(5);
  });

  it('fall back to validation examples of the training split when there is no test set', async () => {
    const points = cut(await dataset('spiral'), 250, 0);
    const run = await train({
      graph: mlp([8], 'tanh'),
      dataset: points,
      training: { epochs: 2, validationSplit: 0.2 },
      streams: { predictions: true },
    });
    const sample = run.of('epoch')[0]!.predictions!;
    expect(sample.split).toBe('train');
    const labels = integerLabels(points.train, 2);
    expect(Array.from(sample.actual)).toEqual(Array.from(sample.indices, (i) => labels[i]!));
    for (const c of sample.confidence) expect(c).toBeGreaterThanOrEqual(0.5);
  });

  it('give the probability of the chosen class for a single sigmoid unit', async () => {
    const graph = chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 1, activation: 'sigmoid' }],
      ['Output', { loss: 'binary_crossentropy', metrics: ['accuracy'] }],
    );
    const run = await train({
      graph,
      dataset: await dataset('circle'),
      training: { epochs: 3, learningRate: 0.03 },
      streams: { predictions: true },
    });
    const sample = run.of('epoch').at(-1)!.predictions!;
    expect(sample.predicted.every((p) => p === 0 || p === 1)).toBe(true);
    for (const c of sample.confidence) expect(c).toBeGreaterThanOrEqual(0.5);
  });

  it('are not sent when the stream is off, nor for a regression', async () => {
    const off = await train({
      graph: mlp([4], 'tanh'),
      dataset: await dataset('xor'),
      training: { epochs: 1 },
    });
    expect(off.of('epoch')[0]!.predictions).toBeUndefined();
    const regression = await train({
      graph: chain(
        ['Input', { shape: [2] }],
        ['Dense', { units: 1 }],
        ['Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
      ),
      dataset: await dataset('reg-plane'),
      training: { epochs: 1 },
      streams: { predictions: true },
    });
    expect(regression.of('epoch')[0]!.predictions).toBeUndefined();
  });
});
