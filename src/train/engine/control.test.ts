/**
 * Pause, resume, step, stop and a new learning rate, as the host sends them while a run goes.
 * Controls are called from inside the message callback, i.e. while a batch has just finished, which
 * is the hardest case for "takes effect within one batch".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeWeights } from '../../project/weights';
import type { TrainerMessage, TrainerMessageOf } from '../../protocol';
import { selectBackend } from '../backend/select';
import { dataset } from './testing/datasets';
import { linearUnit, mlp } from './testing/graphs';
import { record } from './testing/harness';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

/** Resolves with the first message (from now on) that `test` accepts. */
function waitFor(
  messages: TrainerMessage[],
  test: (m: TrainerMessage) => boolean,
  from = messages.length,
): Promise<TrainerMessage> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const found = messages.slice(from).find(test);
      if (found) resolve(found);
      else if (Date.now() - started > 20_000) reject(new Error('no such message came'));
      else setTimeout(poll, 1);
    };
    poll();
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const flat = (w: NodeWeights) => Object.values(w).flatMap((ts) => ts.flatMap((t) => [...t.values]));
const position = (m: TrainerMessage) => {
  const b = m as TrainerMessageOf<'batch'>;
  return [b.epoch, b.batch];
};

describe('run control', () => {
  it('pauses after the batch in progress, steps one batch at a time, resumes and stops', async () => {
    let pauseSent = false;
    let weightsAtStop: number[] = [];
    const run = await record({
      graph: linearUnit(),
      dataset: await dataset('linear'),
      training: { optimizer: 'sgd', learningRate: 0.05, batchSize: 10, epochs: 50 },
      onMessage: (m, session) => {
        if (m.type === 'batch' && !pauseSent) {
          pauseSent = true;
          session.pause();
        }
        if (m.type === 'epoch' && m.epoch === 2) {
          weightsAtStop = flat(session.weights());
          session.stop();
        }
      },
    });
    const { messages, session } = run;
    const outcome = session.run();

    // Paused right after the first batch: the last batch message before `paused` is batch 1.
    const paused = await waitFor(messages, (m) => m.type === 'paused', 0);
    const beforePause = messages
      .slice(0, messages.indexOf(paused))
      .filter((m) => m.type === 'batch');
    expect(beforePause.map(position)).toEqual([[1, 1]]);
    await settle();
    expect(messages.filter((m) => m.type === 'batch')).toHaveLength(1);
    const heldWeights = flat(session.weights());

    // Three steps: exactly three more batches, each reported at once with what it did to the
    // weights, and the run stays paused.
    const from = messages.length;
    session.step();
    session.step();
    session.step();
    await waitFor(messages, (m) => m.type === 'stepDetail' && m.batch === 4, from);
    await settle();
    const stepped = messages.slice(from);
    expect(stepped.map((m) => m.type)).toEqual([
      'batch',
      'stepDetail',
      'batch',
      'stepDetail',
      'batch',
      'stepDetail',
    ]);
    expect(stepped.map(position)).toEqual([
      [1, 2],
      [1, 2],
      [1, 3],
      [1, 3],
      [1, 4],
      [1, 4],
    ]);
    expect(stepped.filter((m) => m.type === 'batch').map(position)).toEqual([
      [1, 2],
      [1, 3],
      [1, 4],
    ]);
    expect(flat(session.weights())).not.toEqual(heldWeights);
    const afterSteps = flat(session.weights());
    await settle();
    expect(flat(session.weights())).toEqual(afterSteps);

    // Resume; the callback stops the run as epoch 2 ends: no batch of epoch 3 trains.
    session.resume();
    expect(await outcome).toEqual({ kind: 'stopped', reason: 'user' });
    const types = messages.map((m) => m.type);
    expect(types.filter((t) => t === 'resumed')).toHaveLength(1);
    expect(types.slice(-3)).toEqual(['stopped', 'weights', 'done']);
    expect(run.of('batch').filter((b) => b.epoch > 2)).toHaveLength(0);
    expect(run.of('stopped')[0]!.reason).toBe('user');
    expect(run.of('done')[0]!.epochs).toBe(2);
    // Stop keeps the weights trained so far, and they stay available.
    expect(flat(session.weights())).toEqual(weightsAtStop);
    expect(flat(run.of('weights')[0]!.weights)).toEqual(weightsAtStop);
  });

  it('stops a paused run', async () => {
    const run = await record({
      graph: linearUnit(),
      dataset: await dataset('linear'),
      training: { epochs: 5 },
    });
    run.session.pause();
    const outcome = run.session.run();
    await waitFor(run.messages, (m) => m.type === 'paused', 0);
    run.session.stop();
    expect(await outcome).toEqual({ kind: 'stopped', reason: 'user' });
    expect(run.of('batch')).toHaveLength(0);
    expect(run.of('done')[0]!.epochs).toBe(0);
  });

  it('uses a new learning rate from the next batch on', async () => {
    const run = await record({
      graph: linearUnit(),
      dataset: await dataset('linear'),
      training: { optimizer: 'sgd', learningRate: 0.1, batchSize: 10, epochs: 5 },
    });
    const { session, messages } = run;
    session.pause();
    const outcome = session.run();
    await waitFor(messages, (m) => m.type === 'paused', 0);
    const change = async (rate: number) => {
      const before = flat(session.weights());
      session.setLearningRate(rate);
      const from = messages.length;
      session.step();
      await waitFor(messages, (m) => m.type === 'batch', from);
      const after = flat(session.weights());
      return Math.hypot(...after.map((v, i) => v - before[i]!));
    };
    // Plain SGD moves the weights by lr · |gradient|: 1e-6 barely moves them, 0.5 does.
    expect(await change(1e-6)).toBeLessThan(1e-5);
    expect(await change(0.5)).toBeGreaterThan(1e-3);
    expect(() => session.setLearningRate(-1)).toThrow(/above 0/);
    session.stop();
    expect(await outcome).toEqual({ kind: 'stopped', reason: 'user' });
  });

  it('stops early once the validation loss stops improving, keeping the best epoch', async () => {
    const weightsAt = new Map<number, number[]>();
    const run = await record({
      graph: mlp([16], 'tanh'),
      dataset: await dataset('spiral'),
      training: {
        learningRate: 0.01,
        epochs: 40,
        earlyStopping: true,
        earlyStoppingMonitor: 'val_loss',
        earlyStoppingPatience: 2,
        restoreBestWeights: true,
      },
      onMessage: (m, session) => {
        if (m.type !== 'epoch') return;
        weightsAt.set(m.epoch, flat(session.weights()));
        // From epoch 5 on, steps far too large make the model worse.
        if (m.epoch === 4) session.setLearningRate(5);
      },
    });
    expect(await run.session.run()).toEqual({ kind: 'stopped', reason: 'early-stopping' });
    const losses = run.of('epoch').map((e) => e.validation!.loss);
    const best = losses.indexOf(Math.min(...losses)) + 1;
    expect(losses.length).toBeLessThan(40);
    expect(losses.length).toBe(best + 2);
    expect(run.of('stopped')[0]!.detail).toContain(`The weights of epoch ${best} are kept.`);
    expect(flat(run.session.weights())).toEqual(weightsAt.get(best));
  });
});
