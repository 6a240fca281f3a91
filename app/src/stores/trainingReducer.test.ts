import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION as v,
  type TrainerMessage,
  type TrainerMessageOf,
} from '../../../src/protocol';
import type { HostReplyOf } from '../../../src/protocol/renderer';
import { batchMessage, trainerMessages } from '../../../src/protocol/testing/messages';
import {
  applyDisconnect,
  applyRefusal,
  applyRunFailure,
  applyStopRequest,
  applyTrainerExit,
  applyTrainerMessage,
  idleRun,
  isActive,
  MAX_BATCH_POINTS,
  MAX_LAYER_POINTS,
  startingRun,
  type RunState,
} from './trainingReducer';
import { createTrainingStore } from './trainingStore';

/** The fixtures belong to run 'run-1'. */
const fixtures = trainerMessages();
const starting = () =>
  startingRun('run-1', {
    metric: { key: 'acc', label: 'Accuracy' },
    learningRate: 0.01,
    datasetId: 'spiral',
  });
const feed = (state: RunState, ...messages: TrainerMessage[]) =>
  messages.reduce(applyTrainerMessage, state);
const running = () => feed(starting(), fixtures.ready, fixtures.started);

describe('the training run reducer', () => {
  it('ready: keeps the backend and the reason it was chosen', () => {
    const state = feed(starting(), fixtures.ready);
    expect(state.backend).toEqual({ name: 'wasm', reason: 'tfjs-node is not installed' });
    expect(state.status).toBe('starting');
  });

  it('started: the run is training, with its plan and progress at the first batch', () => {
    const state = running();
    expect(state.status).toBe('running');
    expect(state.plan).toEqual({
      epochs: 10,
      batchesPerEpoch: 13,
      trainExamples: 400,
      validationExamples: 100,
    });
    expect(state.progress).toMatchObject({ epoch: 1, batch: 0, batchesPerEpoch: 13 });
  });

  it('batch: moves the progress on and adds a point at its place in epochs', () => {
    const state = feed(running(), fixtures.batch);
    expect(state.progress).toEqual({
      epoch: 1,
      batch: 5,
      batchesPerEpoch: 1000,
      samplesPerS: 1000,
      etaS: null,
    });
    expect(state.batches).toEqual([
      { at: 5 / 1000, examples: 32, loss: 0.7, metrics: { acc: 0.5 } },
    ]);
  });

  it('epoch: records train and validation scores by their Keras names', () => {
    const state = feed(running(), fixtures.epoch);
    expect(state.epochs).toEqual([
      {
        epoch: 1,
        samplesPerS: 5000,
        values: { loss: 0.6, acc: 0.7, val_loss: 0.65, val_acc: 0.68 },
      },
    ]);
    expect(state.confusion).toEqual({ epoch: 1, value: fixtures.epoch.confusion });
    // However few batch messages came, the epoch is complete.
    expect(state.progress).toMatchObject({ epoch: 1, batch: 13 });
  });

  it('an epoch without a confusion matrix or predictions keeps the last ones, with their epoch', () => {
    const bare = { ...fixtures.epoch, epoch: 2, confusion: undefined, predictions: undefined };
    const state = feed(running(), fixtures.epoch, bare);
    expect(state.lastEpoch?.epoch).toBe(2);
    expect(state.confusion).toEqual({ epoch: 1, value: fixtures.epoch.confusion });
    expect(state.predictions).toEqual({ epoch: 1, value: fixtures.epoch.predictions });
    const third = feed(state, { ...fixtures.epoch, epoch: 3 });
    expect(third.confusion?.epoch).toBe(3);
    expect(third.predictions?.epoch).toBe(3);
  });

  it('epoch without validation: only the training scores', () => {
    const state = feed(running(), { ...fixtures.epoch, validation: null });
    expect(state.epochs[0]!.values).toEqual({ loss: 0.6, acc: 0.7 });
  });

  it('activations and boundary: keeps the latest of each', () => {
    const later = { ...fixtures.boundary, epoch: 2 };
    const state = feed(running(), fixtures.activations, fixtures.boundary, later);
    expect(state.activations).toBe(fixtures.activations);
    expect(state.boundary).toBe(later);
  });

  it('paused and resumed: switch between paused and running', () => {
    const paused = feed(running(), fixtures.paused);
    expect(paused.status).toBe('paused');
    expect(feed(paused, fixtures.resumed).status).toBe('running');
  });

  it('a stop asked for stays stopping, whatever pauses or resumes cross it', () => {
    const stopping = applyStopRequest(running());
    expect(stopping.status).toBe('stopping');
    expect(feed(stopping, fixtures.paused, fixtures.resumed).status).toBe('stopping');
  });

  it('stopped, weights, done: the run is done, with its weights and why it stopped', () => {
    const state = feed(
      applyStopRequest(running()),
      fixtures.stopped,
      fixtures.weights,
      fixtures.done,
    );
    expect(state.status).toBe('done');
    expect(state.stop).toEqual({ reason: 'user' });
    expect(state.weights).toBe(fixtures.weights.weights);
    expect(state.result).toBe(fixtures.done);
    expect(isActive(state.status)).toBe(false);
  });

  it('stopped with a detail keeps it', () => {
    const nan = { ...fixtures.stopped, reason: 'nan' as const, detail: 'At epoch 3, batch 4.' };
    expect(feed(running(), nan).stop).toEqual({ reason: 'nan', detail: 'At epoch 3, batch 4.' });
  });

  it('error before training began: the run failed, with the suggestion', () => {
    const state = feed(starting(), fixtures.ready, fixtures.error);
    expect(state.status).toBe('failed');
    expect(state.errors).toEqual([
      {
        message: 'The loss became NaN at epoch 3, batch 4.',
        suggestion: 'Lower the learning rate, or normalise the inputs.',
      },
    ]);
  });

  it('error during training: the run goes on, and fails at done if it never stopped', () => {
    const state = feed(running(), fixtures.error);
    expect(state.status).toBe('running');
    expect(feed(state, fixtures.done).status).toBe('failed');
  });

  it('error without a run id: counts for a run under way only', () => {
    const anonymous: TrainerMessageOf<'error'> = { ...fixtures.error };
    delete anonymous.runId;
    expect(feed(starting(), anonymous).status).toBe('failed');
    expect(feed(idleRun(), anonymous)).toEqual(idleRun());
  });

  it('ignores the messages of another run', () => {
    const state = running();
    const other = (m: TrainerMessage) => ({ ...m, runId: 'run-0' }) as TrainerMessage;
    for (const m of Object.values(trainerMessages())) expect(feed(state, other(m))).toBe(state);
  });

  it('merges neighbouring batch points two by two beyond the limit, weighted by examples', () => {
    let state = running();
    for (let i = 1; i <= MAX_BATCH_POINTS + 1; i++) {
      const examples = i % 2 === 1 ? 10 : 30;
      state = feed(state, batchMessage({ epoch: 1, batch: i, examples, loss: i, acc: 0 }));
    }
    expect(state.batches).toHaveLength(Math.ceil((MAX_BATCH_POINTS + 1) / 2));
    // Points 1 (10 examples) and 2 (30 examples): loss (1·10 + 2·30) / 40.
    expect(state.batches[0]).toEqual({
      at: 2 / 1000,
      examples: 40,
      loss: 1.75,
      metrics: { acc: 0 },
    });
    expect(state.batches.at(-1)!.at).toBe((MAX_BATCH_POINTS + 1) / 1000);
  });
});

describe('what else ends a run', () => {
  const exit: HostReplyOf<'trainerExit'> = {
    v,
    type: 'trainerExit',
    crashed: true,
    outOfMemory: false,
    message: '',
  };

  it('a trainer that crashes takes the run with it, saying why', () => {
    const state = applyTrainerExit(running(), { ...exit, message: 'Killed by SIGKILL.' });
    expect(state.status).toBe('crashed');
    expect(state.errors.at(-1)!.message).toBe('Killed by SIGKILL.');
  });

  it('running out of memory suggests a smaller batch or model', () => {
    const state = applyTrainerExit(running(), { ...exit, outOfMemory: true });
    expect(state.errors.at(-1)!.suggestion).toMatch(/smaller batch size/);
  });

  it('a trainer that ends between runs changes nothing', () => {
    const done = feed(running(), fixtures.stopped, fixtures.done);
    expect(applyTrainerExit(done, exit)).toBe(done);
    expect(applyTrainerExit(running(), { ...exit, crashed: false }).status).toBe('failed');
  });

  it('a lost connection or a refused start request fails the run under way', () => {
    expect(applyDisconnect(running(), 'Closed.').status).toBe('failed');
    expect(applyRunFailure(starting(), 'run-1', 'Refused.').errors).toEqual([
      { message: 'Refused.' },
    ]);
    expect(applyRunFailure(starting(), 'run-0', 'Refused.').status).toBe('starting');
    expect(applyDisconnect(idleRun(), 'Closed.')).toEqual(idleRun());
  });

  it('a refusal to start is kept for the panel, and a run under way goes on', () => {
    const state = applyRefusal(running(), 'The model has 1 error.');
    expect(state.refusal).toBe('The model has 1 error.');
    expect(state.status).toBe('running');
  });
});

describe('the training store', () => {
  it('starts each run afresh and keeps the state object while nothing changes', () => {
    const store = createTrainingStore();
    store.getState().begin('run-1', { metric: null, learningRate: 0.1, datasetId: 'xor' });
    store.getState().receive(fixtures.started);
    store.getState().receive(fixtures.epoch);
    const before = store.getState();
    store.getState().receive({ ...fixtures.batch, runId: 'run-0' });
    expect(store.getState()).toBe(before);

    store.getState().begin('run-2', { metric: null, learningRate: 0.1, datasetId: 'xor' });
    expect(store.getState()).toMatchObject({ runId: 'run-2', status: 'starting', epochs: [] });
  });
});

describe('layer statistics', () => {
  it('are kept for every epoch that sent them, and thinned past the limit', () => {
    let state = feed(
      running(),
      fixtures.epoch,
      { ...fixtures.epoch, epoch: 2, layers: undefined },
      { ...fixtures.epoch, epoch: 3 },
    );
    expect(state.layerHistory.map((p) => p.epoch)).toEqual([1, 3]);
    expect(state.layerHistory[1]!.layers).toBe(state.lastEpoch!.layers);
    for (let epoch = 4; epoch <= MAX_LAYER_POINTS + 3; epoch++)
      state = applyTrainerMessage(state, { ...fixtures.epoch, epoch });
    expect(state.layerHistory.length).toBeLessThanOrEqual(MAX_LAYER_POINTS);
    expect(state.layerHistory.at(-1)!.epoch).toBe(MAX_LAYER_POINTS + 3);
    const epochs = state.layerHistory.map((p) => p.epoch);
    expect(epochs.every((e, i) => i === 0 || e > epochs[i - 1]!)).toBe(true);
  });
});
