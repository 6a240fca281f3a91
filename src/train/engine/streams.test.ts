/**
 * The live streams: batch messages throttled to about 20 a second, activation maps as bytes and no
 * more often than asked, the decision boundary, the confusion matrix and the per-layer health.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import { BOUNDARY_GRID_SIZE, type TrainerMessage } from '../../protocol';
import { selectBackend } from '../backend/select';
import { cut, dataset } from './testing/datasets';
import { CLASSIFY, mlp, smallCnn } from './testing/graphs';
import { record, STREAMS_ON, train } from './testing/harness';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

describe('batch messages', () => {
  it('come at most about 20 times a second, whatever the batch rate', async () => {
    const run = await train({
      graph: mlp([8], 'tanh'),
      dataset: await dataset('spiral'),
      training: { epochs: 20, batchSize: 4, validationSplit: 0 },
    });
    const batches = run.of('batch');
    const trained = 20 * Math.ceil(250 / 4);
    const first = run.messages.findIndex((m) => m.type === 'started');
    const seconds = (run.times.at(-1)! - run.times[first]!) / 1000;
    // One message per 50 ms, plus the first one straight away.
    expect(batches.length).toBeLessThanOrEqual(Math.floor(seconds * 20) + 1);
    // Many batches are folded into each message. (How many depends on the batch rate, which a busy
    // machine slows; 1,260 tiny batches take well under 30 s even then.)
    expect(batches.length).toBeLessThan(trained / 2);
    // Each message sums up the batches since the one before it, never more than there were.
    const examples = batches.reduce((sum, b) => sum + b.examples, 0);
    expect(examples).toBeLessThanOrEqual(20 * 250);
    expect(batches.every((b) => b.samplesPerS > 0 && b.etaS !== null)).toBe(true);
    expect(run.of('epoch')).toHaveLength(20);
  });
});

describe('activation maps', () => {
  it('come as bytes with their range, for every layer, no more often than the interval', async () => {
    const graph = smallCnn();
    const interval = 100;
    const run = await train({
      graph,
      dataset: cut(await dataset('mnist-sample'), 640, 128),
      training: { epochs: 3, batchSize: 16, validationSplit: 0 },
      streams: { activations: true, activationIntervalMs: interval, probeIndex: 5 },
    });
    const maps = run.of('activations');
    expect(maps.length).toBeGreaterThan(1);
    const times = run.messages.flatMap((m, i) => (m.type === 'activations' ? [run.times[i]!] : []));
    // The times are taken where the messages arrive, which can shift each one by a few ms either
    // way; without the throttle they would come a batch apart, a few ms.
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(interval - 20);

    const names = graph.nodes.filter((n) => n.type !== 'Output').map((n) => n.name);
    for (const message of maps) {
      expect(message.probeIndex).toBe(5);
      const outputs = message.layers.filter((l) => l.kind === 'output');
      expect(outputs.map((l) => l.name)).toEqual(names);
      for (const layer of message.layers) {
        expect(layer.data).toBeInstanceOf(Uint8Array);
        expect(layer.min).toBeLessThanOrEqual(layer.max);
      }
      expect(outputs.map((l) => l.shape)).toEqual([
        [28, 28, 1],
        [26, 26, 8],
        [13, 13, 8],
        [1352],
        [10],
      ]);
      const filters = message.layers.filter((l) => l.kind === 'filters');
      expect(filters.map((l) => [l.name, l.shape])).toEqual([[names[1], [3, 3, 1, 8]]]);
    }
    // The probe's input map is the probe example itself (grey levels 0 … 1).
    const input = maps[0]!.layers[0]!;
    expect(input.min).toBe(0);
    expect(input.max).toBeCloseTo(1, 2);
  });

  it('show another example at once when the probe changes while paused', async () => {
    const run = await record({
      graph: mlp([4], 'relu'),
      dataset: await dataset('spiral'),
      streams: { activations: true, activationIntervalMs: 0 },
    });
    run.session.pause();
    const outcome = run.session.run();
    await until(run.messages, (m) => m.type === 'paused');
    run.session.setProbe(9);
    await until(run.messages, (m) => m.type === 'activations' && m.probeIndex === 9);
    expect(() => run.session.setProbe(10_000)).toThrow(/does not exist/);
    run.session.stop();
    await outcome;
  });
});

describe('per-epoch streams', () => {
  it('draw the decision boundary over the dataset’s domain', async () => {
    const run = await train({
      graph: mlp([6], 'tanh'),
      dataset: await dataset('spiral'),
      training: { epochs: 4 },
      streams: { boundary: true, activationIntervalMs: 0 },
    });
    const boundaries = run.of('boundary');
    expect(boundaries.map((b) => b.epoch)).toEqual([1, 2, 3, 4]);
    for (const b of boundaries) {
      expect(b.xRange).toEqual([-6, 6]);
      expect(b.yRange).toEqual([-6, 6]);
      expect(b.channels).toBe(2);
      expect(b.values).toHaveLength(BOUNDARY_GRID_SIZE * BOUNDARY_GRID_SIZE * 2);
      // Softmax outputs: the two classes' probabilities add up to 1 at every point.
      for (let p = 0; p < b.values.length; p += 2)
        expect(b.values[p]! + b.values[p + 1]!).toBeCloseTo(1, 5);
    }
  });

  it('report the confusion matrix and the layers’ norms when asked, and nothing when not', async () => {
    const data = await dataset('spiral');
    const on = await train({
      graph: mlp([8, 8], 'relu'),
      dataset: data,
      training: { epochs: 3, validationSplit: 0.2 },
      // An interval of 0: layer stats with every epoch.
      streams: { ...STREAMS_ON, activations: false, boundary: false, activationIntervalMs: 0 },
    });
    for (const epoch of on.of('epoch')) {
      const confusion = epoch.confusion!;
      expect(confusion.size).toBe(2);
      const total = confusion.values.reduce((s, v) => s + v, 0);
      expect(total).toBe(50);
      const right = confusion.values[0]! + confusion.values[3]!;
      expect(right / total).toBeCloseTo(epoch.validation!.metrics.acc!, 5);
      expect(epoch.layers!.map((l) => l.name)).toEqual(['dense_1', 'dense_2', 'dense_3']);
      for (const layer of epoch.layers!) {
        expect(layer.weightNorm).toBeGreaterThan(0);
        expect(layer.gradientNorm).toBeGreaterThan(0);
        expect(layer.updateNorm).toBeGreaterThan(0);
      }
      expect(epoch.layers![0]!.deadFraction).toBeGreaterThanOrEqual(0);
      expect(epoch.layers![2]!.deadFraction).toBeUndefined();
    }
    const off = await train({ graph: mlp([8], 'relu'), dataset: data, training: { epochs: 2 } });
    for (const epoch of off.of('epoch')) {
      expect(epoch.confusion).toBeUndefined();
      expect(epoch.layers).toBeUndefined();
    }
    expect(off.of('activations')).toHaveLength(0);
    expect(off.of('boundary')).toHaveLength(0);
  });

  it('sends layer stats, the confusion matrix and the gallery at most once per interval, and always with the last epoch', async () => {
    const run = await train({
      graph: mlp([8], 'relu'),
      dataset: await dataset('spiral'),
      training: { epochs: 6, validationSplit: 0 },
      // Far longer than the whole run: only the first and the last epoch are due.
      streams: {
        layerStats: true,
        confusion: true,
        predictions: true,
        activationIntervalMs: 60_000,
      },
    });
    const due = [true, false, false, false, false, true];
    const epochs = run.of('epoch');
    expect(epochs.map((e) => e.layers !== undefined)).toEqual(due);
    expect(epochs.map((e) => e.confusion !== undefined)).toEqual(due);
    expect(epochs.map((e) => e.predictions !== undefined)).toEqual(due);
    // The last epoch's matrix counts that epoch's batches alone.
    const values = epochs[5]!.confusion!.values;
    expect(values.reduce((sum, v) => sum + v, 0)).toBe(250);
  });

  it('gathers the confusion matrix from the training batches when nothing is held back', async () => {
    const run = await train({
      graph: mlp([8], 'tanh'),
      dataset: await dataset('spiral'),
      training: { epochs: 2, validationSplit: 0 },
      streams: { confusion: true },
    });
    for (const epoch of run.of('epoch')) {
      const values = epoch.confusion!.values;
      expect(values.reduce((s, v) => s + v, 0)).toBe(250);
      expect((values[0]! + values[3]!) / 250).toBeCloseTo(epoch.train.metrics.acc!, 5);
    }
  });

  it.each([
    {
      activation: 'relu',
      // Weights 0 and bias −1: every unit outputs relu(−1) = 0 and gets no gradient, forever.
      kernel: 0,
      bias: -1,
      check: (l: Layer) => expect(l.deadFraction).toBe(1),
    },
    {
      activation: 'tanh',
      // Weights of 50: tanh(50·x) is within 2% of ±1 unless |x| < 0.05.
      kernel: 50,
      bias: 0,
      check: (l: Layer) => expect(l.saturatedFraction).toBeGreaterThan(0.9),
    },
  ])(
    'find the $activation units that no longer learn',
    async ({ activation, kernel, bias, check }) => {
      const graph: Graph = chain(
        ['Input', { shape: [2] }],
        ['Dense', { units: 4, activation }],
        ['Dense', { units: 2, activation: 'softmax' }],
        [...CLASSIFY],
      );
      const hidden = graph.nodes[1]!;
      const run = await train({
        graph,
        dataset: await dataset('spiral'),
        training: { epochs: 1, learningRate: 1e-6 },
        streams: { layerStats: true },
        weights: {
          [hidden.id]: [
            { name: 'kernel', shape: [2, 4], values: new Float32Array(8).fill(kernel) },
            { name: 'bias', shape: [4], values: new Float32Array(4).fill(bias) },
          ],
        },
      });
      check(run.of('epoch')[0]!.layers!.find((l) => l.name === hidden.name)!);
    },
  );
});

type Layer = NonNullable<Extract<TrainerMessage, { type: 'epoch' }>['layers']>[number];

function until(messages: TrainerMessage[], test: (m: TrainerMessage) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (messages.some(test)) resolve();
      else if (Date.now() - started > 20_000) reject(new Error('no such message came'));
      else setTimeout(poll, 1);
    };
    poll();
  });
}
