/**
 * What must never take anything down: a diverging run, a dataset that does not fit the model,
 * settings out of bounds, and tensors left behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../compiler/tf';
import type { Dataset } from '../../data';
import { addNode, chain } from '../../graph/testing/build';
import type { TrainingSettings } from '../../project/training';
import type { NodeWeights } from '../../project/weights';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { CLASSIFY, linearUnit, mlp } from './testing/graphs';
import { record, STREAMS_ON, train } from './testing/harness';

let tf: Tf;
beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const values = (w: NodeWeights) =>
  Object.values(w).flatMap((ts) => ts.flatMap((t) => [...t.values]));

/** The line's inputs stretched from [−1, 1] to [−1000, 1000]: gradient descent at 0.1 explodes. */
async function stretchedLine(): Promise<Dataset> {
  const data = await dataset('linear');
  const stretch = (x: Float32Array) => x.map((v) => v * 1000);
  return {
    ...data,
    train: { ...data.train, x: stretch(data.train.x) },
    test: { ...data.test, x: stretch(data.test.x) },
  };
}

describe('a diverging run', () => {
  it('stops with reason nan, says what to do, and keeps the weights from before', async () => {
    const before = tf.memory().numTensors;
    let lastEpochWeights: number[] = [];
    const data = await stretchedLine();
    const run = await train({
      graph: linearUnit(),
      dataset: data,
      // One batch per epoch: the weights at each epoch's end are those before the next batch.
      training: { optimizer: 'sgd', learningRate: 0.1, batchSize: data.train.count, epochs: 100 },
      onMessage: (m, session) => {
        if (m.type === 'epoch') lastEpochWeights = values(session.weights());
      },
    });
    expect(run.outcome).toEqual({ kind: 'stopped', reason: 'nan' });
    const stopped = run.of('stopped')[0]!;
    expect(stopped.reason).toBe('nan');
    expect(stopped.detail).toMatch(/at epoch \d+, batch 1/);
    expect(stopped.detail).toMatch(/lower learning rate/);
    expect(stopped.detail).toMatch(/normalise the inputs/);
    // It diverged within a few epochs, and the run reported the loss it saw.
    const epochs = run.of('epoch').length;
    expect(epochs).toBeGreaterThan(0);
    expect(epochs).toBeLessThan(20);
    expect(Number.isFinite(run.of('batch').at(-1)!.loss)).toBe(false);
    const kept = values(run.session.weights());
    expect(kept.every(Number.isFinite)).toBe(true);
    expect(kept).toEqual(lastEpochWeights);
    expect(values(run.of('weights')[0]!.weights)).toEqual(kept);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('refused before the run starts', () => {
  const cases: {
    why: string;
    graph?: () => ReturnType<typeof chain>;
    training?: Partial<TrainingSettings>;
    message: RegExp;
  }[] = [
    {
      why: 'an input shape that does not fit the dataset',
      graph: () =>
        chain(
          ['Input', { shape: [3] }],
          ['Dense', { units: 2, activation: 'softmax' }],
          [...CLASSIFY],
        ),
      message: /inputs of shape \[2\].*takes shape \[3\]/,
    },
    {
      why: 'an output shape that does not fit the classes',
      graph: () =>
        chain(
          ['Input', { shape: [2] }],
          ['Dense', { units: 3, activation: 'softmax' }],
          [...CLASSIFY],
        ),
      message: /targets of shape \[2\] \(one-hot, 2 classes\).*has shape \[3\]/,
    },
    {
      why: 'a batch size of 0',
      training: { batchSize: 0 },
      message: /Batch size must be a whole number from 1/,
    },
    {
      why: 'a negative learning rate',
      training: { learningRate: -0.1 },
      message: /Learning rate must be a number from 0\.000001/,
    },
    {
      why: 'early stopping on validation loss with nothing held back',
      training: { earlyStopping: true, validationSplit: 0 },
      message: /no examples are held back/,
    },
    {
      why: 'a model with two outputs',
      graph: () => {
        const g = mlp([4], 'relu');
        const dense = g.nodes.find((n) => n.params.units === 4)!.id;
        return addNode(g, [...CLASSIFY], [dense]).graph;
      },
      message: /2 outputs.*one input and one target/,
    },
  ];

  it.each(cases)('$why', async ({ graph, training, message }) => {
    const run = await record({
      graph: graph?.() ?? mlp([4], 'relu'),
      dataset: await dataset('spiral'),
      training: training ?? {},
    });
    const outcome = await run.session.run();
    expect(outcome.kind).toBe('error');
    expect(run.messages.map((m) => m.type)).toEqual(['error']);
    expect(run.of('error')[0]!.message).toMatch(message);
    expect(run.of('error')[0]!.suggestion).toBeTruthy();
  });
});

describe('memory', () => {
  it('holds the same number of tensors after every epoch, and none after the run', async () => {
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const run = await train({
      graph: mlp([8, 8], 'relu', [['Dropout', { rate: 0.2 }]]),
      dataset: await dataset('circle'),
      training: { epochs: 20, batchSize: 32, earlyStopping: true, earlyStoppingPatience: 100 },
      streams: { ...STREAMS_ON, activationIntervalMs: 0 },
      onMessage: (m) => {
        if (m.type === 'epoch') counts.push(tf.memory().numTensors);
      },
    });
    expect(run.outcome).toEqual({ kind: 'done' });
    expect(counts).toHaveLength(20);
    // From the second epoch on (the optimizer makes its state during the first batch).
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(run.of('activations').length).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
