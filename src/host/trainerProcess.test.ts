/**
 * The trainer as a real child process: runs, crashes (killed, out of memory), malformed messages
 * both ways, and a fresh trainer for the next run every time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../graph/testing/build';
import { defaultTraining } from '../project/training';
import {
  PROTOCOL_VERSION as v,
  STREAMS_OFF,
  type HostMessageOf,
  type TrainerMessage,
} from '../protocol';
import { TrainerProcess, type TrainerExit } from './trainerProcess';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

function start(
  runId: string,
  epochs: number,
  dataset: HostMessageOf<'start'>['dataset'] = { id: 'spiral', options: { count: 200 } },
): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph,
    dataset,
    training: { ...defaultTraining(), epochs, batchSize: 20, learningRate: 0.01 },
    backend: 'cpu',
    streams: STREAMS_OFF,
  };
}

function nextMessage(
  trainer: TrainerProcess,
  test: (m: TrainerMessage) => boolean,
): Promise<TrainerMessage> {
  return new Promise((resolve) => {
    const off = trainer.onMessage((m) => {
      if (!test(m)) return;
      off();
      resolve(m);
    });
  });
}

const HEAP_MB = 56;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-trainer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('TrainerProcess', () => {
  it('runs a training run in a child process and hands back its weights', async () => {
    const trainer = new TrainerProcess();
    const seen: string[] = [];
    const result = await trainer.run(start('r1', 2), { onMessage: (m) => seen.push(m.type) });
    expect(result.ending).toBe('done');
    expect(result.ready).toMatchObject({ backend: 'cpu' });
    expect(result.done).toMatchObject({ backend: 'cpu', epochs: 2 });
    expect(seen.filter((t) => t === 'epoch')).toHaveLength(2);

    const weights = await trainer.weights('r1');
    const kernels = Object.values(weights).map((ts) => ts[0]!);
    expect(kernels.map((k) => k.shape)).toEqual([
      [2, 8],
      [8, 2],
    ]);
    // Typed arrays cross the process boundary as typed arrays.
    expect(kernels[0]!.values).toBeInstanceOf(Float32Array);

    const exit = await trainer.shutdown();
    expect(exit).toMatchObject({ code: 0, crashed: false, message: '' });
    expect(trainer.pid).toBeUndefined();
  });

  it('answers an invalid message from the host with an error, and stays up', async () => {
    const trainer = new TrainerProcess();
    const exits: TrainerExit[] = [];
    trainer.onExit((e) => exits.push(e));
    expect((await trainer.run(start('before', 1))).ending).toBe('done');
    const pid = trainer.pid;

    const answer = nextMessage(trainer, (m) => m.type === 'error');
    trainer.send({ v, type: 'setLearningRate', runId: 'before', learningRate: -5 });
    expect(await answer).toMatchObject({
      type: 'error',
      runId: 'before',
      message: expect.stringMatching(
        /^Invalid "setLearningRate" message from the host: learningRate/,
      ),
    });
    const result = await trainer.run(start('after', 1));
    expect(result.ending).toBe('done');
    expect(trainer.pid).toBe(pid);
    expect(exits).toEqual([]);
    await trainer.shutdown();
  });

  it('reports a trainer killed mid-run, and the next run starts a fresh one', async () => {
    const trainer = new TrainerProcess();
    const exits: TrainerExit[] = [];
    trainer.onExit((e) => exits.push(e));
    const running = trainer.run(start('doomed', 10_000));
    await nextMessage(trainer, (m) => m.type === 'epoch');
    const pid = trainer.pid!;
    process.kill(pid, 'SIGKILL');
    const result = await running;
    expect(result.ending).toBe('crashed');
    expect(result.exit).toMatchObject({ signal: 'SIGKILL', crashed: true, outOfMemory: false });
    expect(result.exit!.message).toMatch(/^The trainer was ended by the signal SIGKILL/);
    expect(exits).toHaveLength(1);

    const next = await trainer.run(start('reborn', 1));
    expect(next.ending).toBe('done');
    expect(trainer.pid).not.toBe(pid);
    await trainer.shutdown();
  });

  it('reports a trainer that runs out of memory, and the next run starts a fresh one', async () => {
    // Reading the MNIST sample parses 7.8 million grey levels from JSON into JS arrays (over 60 MB
    // of doubles) before they become one Float32Array: it does not fit in this heap. The trainer
    // itself and a small spiral run do (measured here: they need between 40 and 44 MB).
    const trainer = new TrainerProcess({ maxOldSpaceMb: HEAP_MB });
    const result = await trainer.run(start('greedy', 1, { id: 'mnist-sample' }));
    expect(result.ending).toBe('crashed');
    expect(result.exit).toMatchObject({ crashed: true, outOfMemory: true });
    expect(result.exit!.message).toMatch(
      new RegExp(`^The trainer ran out of memory \\(its limit is ${HEAP_MB} MB\\)`),
    );
    expect(result.exit!.stderrTail).toMatch(/heap out of memory/);

    const next = await trainer.run(start('modest', 1));
    expect(next.ending).toBe('done');
    await trainer.shutdown();
  });

  it('reports an error that escapes the trainer, which ends with exit code 1', async () => {
    // The real trainer with one fault put in: after an epoch, it throws outside any promise chain.
    const entry = join(dir, 'faultyTrainer.mjs');
    const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
    const tsx = createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
    await writeFile(
      entry,
      `import { register } from ${url(tsx)};
       register();
       const { serveHost } = await import(${url(join(import.meta.dirname, '../train/process/serve.ts'))});
       const { TRAINER_SERVICES } = await import(${url(join(import.meta.dirname, '../train/process/trainerMain.ts'))});
       serveHost({
         ...TRAINER_SERVICES,
         createSession: (input, emit) =>
           TRAINER_SERVICES.createSession(input, (message) => {
             emit(message);
             if (message.type === 'epoch') setTimeout(() => { throw new Error('the kernel exploded'); });
           }),
       });`,
    );
    const trainer = new TrainerProcess({ entry });
    const result = await trainer.run(start('fragile', 10_000));
    expect(result.ending).toBe('crashed');
    expect(result.errors.map((e) => e.message)).toEqual([
      'The trainer failed: the kernel exploded',
    ]);
    expect(result.exit).toMatchObject({ code: 1, crashed: true });
    expect(result.exit!.message).toMatch(
      /^The trainer stopped with exit code 1: The trainer failed: the kernel exploded\.$/,
    );
  });

  it('refuses messages from a trainer of another release, and passes on only valid ones', async () => {
    // A peer that speaks an older protocol, then sends one valid message and ends.
    const entry = join(dir, 'oldTrainer.mjs');
    await writeFile(
      entry,
      `process.send({ v: ${v + 1}, type: 'ready', runId: 'r', backend: 'cpu', reason: 'x' });
       process.send({ v: ${v}, type: 'ready', runId: 'r', backend: 'quantum', reason: 'x' });
       process.send({ v: ${v}, type: 'paused', runId: 'r' }, undefined, {}, () => process.exit(3));`,
    );
    const trainer = new TrainerProcess({ entry });
    const invalid: string[] = [];
    const valid: TrainerMessage[] = [];
    trainer.onInvalid((e) => invalid.push(e));
    trainer.onMessage((m) => valid.push(m));
    const exited = new Promise<TrainerExit>((resolve) => trainer.onExit(resolve));
    trainer.send(start('r', 1));
    const exit = await exited;
    expect(invalid).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Invalid message from the trainer: v: protocol version ${v + 1}, expected ${v}`,
        ),
      ),
      expect.stringMatching(/^Invalid "ready" message from the trainer: backend: /),
    ]);
    expect(valid).toEqual([{ v, type: 'paused', runId: 'r' }]);
    expect(exit).toMatchObject({ code: 3, crashed: true });
    expect(exit.message).toMatch(/^The trainer stopped with exit code 3\./);
  });
});
