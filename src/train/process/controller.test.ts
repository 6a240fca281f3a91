/**
 * The trainer's message handling, in-process, with the real backend choice, datasets and engine
 * (on the cpu backend, on a small spiral), so every answer is one the host would really get.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import {
  PROTOCOL_VERSION as v,
  parseTrainerMessage,
  type HostMessageOf,
  type TrainerMessage,
  STREAMS_OFF,
} from '../../protocol';
import { TrainerController } from './controller';
import { TRAINER_SERVICES } from './trainerMain';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

function start(runId: string, epochs = 2, datasetId = 'spiral'): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph,
    dataset: { id: datasetId, options: { count: 200 } },
    training: { ...defaultTraining(), epochs, batchSize: 20, learningRate: 0.01 },
    backend: 'cpu',
    streams: STREAMS_OFF,
  };
}

/** A controller whose every message is checked as the host would check it, then kept. */
function harness() {
  const sent: TrainerMessage[] = [];
  const waiters: { test: (m: TrainerMessage) => boolean; resolve: (m: TrainerMessage) => void }[] =
    [];
  let closed = false;
  const controller = new TrainerController(
    (message) => {
      const parsed = parseTrainerMessage(message);
      if (!parsed.ok) throw new Error(parsed.error);
      sent.push(parsed.message);
      for (const w of [...waiters]) {
        if (w.test(parsed.message)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(parsed.message);
        }
      }
    },
    TRAINER_SERVICES,
    () => (closed = true),
  );
  const next = (test: (m: TrainerMessage) => boolean) =>
    new Promise<TrainerMessage>((resolve) => {
      const found = sent.find(test);
      if (found) resolve(found);
      else waiters.push({ test, resolve });
    });
  const of = (runId: string, type?: string) =>
    sent.filter((m) => 'runId' in m && m.runId === runId && (!type || m.type === type));
  return { controller, sent, next, of, closed: () => closed };
}

const is = (type: string, runId?: string) => (m: TrainerMessage) =>
  m.type === type && (runId === undefined || ('runId' in m && m.runId === runId));

describe('TrainerController', () => {
  it.each<[string, unknown, RegExp, { runId?: string; requestId?: string }]>([
    ['not an object', 'hello', /^Invalid message from the host: expected a message object/, {}],
    [
      'from another release',
      { v: 99, type: 'pause', runId: 'r1' },
      /protocol version 99/,
      { runId: 'r1' },
    ],
    [
      'of an unknown type',
      { v, type: 'explode', runId: 'r1' },
      /unknown message type "explode"/,
      { runId: 'r1' },
    ],
    [
      'with a bad learning rate',
      { v, type: 'setLearningRate', runId: 'r1', learningRate: -1 },
      /^Invalid "setLearningRate" message from the host: learningRate: expected a number from/,
      { runId: 'r1' },
    ],
    [
      'with an id that is not text',
      { v, type: 'getWeights', runId: 7, requestId: 'q1' },
      /runId/,
      { requestId: 'q1' },
    ],
  ])('answers a message %s with an error, and keeps going', (_, data, message, ids) => {
    const { controller, sent } = harness();
    controller.receive(data);
    expect(sent).toHaveLength(1);
    const error = sent[0]!;
    expect(error.type).toBe('error');
    if (error.type !== 'error') return;
    expect(error.message).toMatch(message);
    expect(error.runId).toBe(ids.runId);
    expect(error.requestId).toBe(ids.requestId);
  });

  it('answers control of a run it does not have with an error naming the run', () => {
    const { controller, sent } = harness();
    controller.receive({ v, type: 'getWeights', runId: 'ghost', requestId: 'q1' });
    expect(sent).toEqual([
      {
        v,
        type: 'error',
        runId: 'ghost',
        requestId: 'q1',
        message: 'There is no run "ghost" in this trainer.',
      },
    ]);
  });

  it('trains a run to done, refuses a second start meanwhile, and keeps the weights after', async () => {
    const h = harness();
    h.controller.receive(start('first', 3));
    h.controller.receive(start('second'));
    const refused = await h.next(is('error', 'second'));
    expect(refused).toMatchObject({ message: expect.stringMatching(/"first" is still going/) });

    const done = await h.next(is('done', 'first'));
    expect(done).toMatchObject({ backend: 'cpu', epochs: 3 });
    const types = h.of('first').map((m) => m.type);
    expect(types[0]).toBe('ready');
    expect(types).toContain('started');
    expect(types.filter((t) => t === 'epoch')).toHaveLength(3);
    expect(h.of('first', 'error')).toEqual([]);

    h.controller.receive({ v, type: 'getWeights', runId: 'first', requestId: 'w1' });
    const weights = await h.next((m) => m.type === 'weights' && m.requestId === 'w1');
    if (weights.type !== 'weights') throw new Error('expected weights');
    expect(weights.runId).toBe('first');
    const shapes = Object.values(weights.weights).map((ts) => ts.map((t) => t.shape));
    expect(shapes).toEqual([
      [[2, 8], [8]],
      [[8, 2], [2]],
    ]);

    // Control of the ended run: a late stop is no error, a pause is.
    h.controller.receive({ v, type: 'stop', runId: 'first' });
    h.controller.receive({ v, type: 'pause', runId: 'first' });
    expect(h.of('first', 'error')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/has ended/) }),
    ]);

    // The next run may start as soon as `done` has arrived.
    h.controller.receive(start('third', 1));
    expect(await h.next(is('done', 'third'))).toMatchObject({ epochs: 1 });
    expect(h.of('third', 'error')).toEqual([]);
  });

  it('ends a run that cannot be prepared with an error before started, and no done', async () => {
    const h = harness();
    h.controller.receive(start('bad-data', 1, 'no-such-dataset'));
    const error = await h.next(is('error', 'bad-data'));
    expect(error).toMatchObject({
      message: expect.stringMatching(/There is no dataset 'no-such-dataset'/),
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.of('bad-data').map((m) => m.type)).toEqual(['ready', 'error']);
    expect(h.controller.runId).toBeNull();
  });

  it('stops a run asked to stop while it is being prepared, and still hands out its weights', async () => {
    const h = harness();
    h.controller.receive(start('early', 50));
    h.controller.receive({ v, type: 'stop', runId: 'early' });
    const done = await h.next(is('done', 'early'));
    expect(done).toMatchObject({ epochs: 0 });
    expect(h.of('early', 'stopped')).toEqual([expect.objectContaining({ reason: 'user' })]);
    h.controller.receive({ v, type: 'getWeights', runId: 'early', requestId: 'w' });
    expect(await h.next((m) => m.type === 'weights' && m.requestId === 'w')).toMatchObject({
      runId: 'early',
    });
  });

  it('frees the model of a run stopped while it was being prepared', async () => {
    const h = harness();
    const stoppedEarly = async (runId: string) => {
      h.controller.receive(start(runId, 50));
      h.controller.receive({ v, type: 'stop', runId });
      await h.next(is('done', runId));
    };
    // The first run also sets the backend up, which keeps tensors of its own.
    await stoppedEarly('first');
    const before = tf.memory().numTensors;
    await stoppedEarly('second');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('on shutdown stops the run in progress, waits for it, then closes', async () => {
    const h = harness();
    h.controller.receive(start('long', 1000));
    await h.next(is('epoch', 'long'));
    h.controller.receive({ v, type: 'shutdown', requestId: 'bye' });
    await h.next(is('done', 'long'));
    await h.controller.shutdown();
    expect(h.closed()).toBe(true);
    expect(h.of('long', 'stopped')).toEqual([expect.objectContaining({ reason: 'user' })]);
    h.controller.receive(start('too-late'));
    expect(h.of('too-late')).toEqual([
      expect.objectContaining({ type: 'error', message: expect.stringMatching(/shutting down/) }),
    ]);
  });
});
