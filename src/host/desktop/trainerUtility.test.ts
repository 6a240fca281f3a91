/**
 * The trainer started the desktop way. Electron cannot run here, so `utilityProcess.fork` is
 * played by a stand-in that starts the real trainer module with Node and shows it to the adapter
 * as Electron shows a utility process: `spawn`, `message`, and an `exit` with a code only, which
 * may come before the last of its output. The same `TrainerProcess` logic runs on top, as in
 * browser mode (whose child_process path `trainerProcess.test.ts` covers).
 */
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { constants } from 'node:os';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import { PROTOCOL_VERSION as v, STREAMS_OFF, type HostMessageOf } from '../../protocol';
import { TRAINER_ENTRY, TrainerProcess } from '../trainerProcess';
import { utilityTrainerSpawn, type ForkUtility, type UtilityProcessLike } from './trainerUtility';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

function start(runId: string, epochs = 2): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph,
    dataset: { id: 'xor', options: { count: 200 } },
    training: { ...defaultTraining(), epochs, batchSize: 20, learningRate: 0.03 },
    backend: 'cpu',
    streams: STREAMS_OFF,
  };
}

/** `utilityProcess.fork` as far as the adapter can tell, running the real module with Node. */
function nodeUtilityFork(calls: Parameters<ForkUtility>[] = []): ForkUtility {
  return (modulePath, args, options) => {
    calls.push([modulePath, args, options]);
    const child = fork(modulePath, args, {
      serialization: 'advanced',
      execArgv: options.execArgv,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const events = new EventEmitter();
    child.on('spawn', () => events.emit('spawn'));
    child.on('message', (message) => events.emit('message', message));
    // A utility process reports an exit code only; a signal shows as 128 + its number.
    child.on('exit', (code, signal) =>
      events.emit('exit', code ?? 128 + (signal ? constants.signals[signal] : 0)),
    );
    return {
      get pid() {
        return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
      },
      stdout: child.stdout,
      stderr: child.stderr,
      postMessage: (message) => void child.send(message as object),
      kill: () => child.kill(),
      on: (event: string, listener: Parameters<EventEmitter['on']>[1]) =>
        events.on(event, listener),
    } as UtilityProcessLike;
  };
}

describe('the trainer as a utility process', () => {
  it('runs a real training run, started with the trainer module and its options', async () => {
    const calls: Parameters<ForkUtility>[] = [];
    const trainer = new TrainerProcess({
      spawn: utilityTrainerSpawn(nodeUtilityFork(calls)),
      maxOldSpaceMb: 512,
    });
    const result = await trainer.run(start('u1'));
    expect(result.ending).toBe('done');
    expect(result.done?.epochs).toBe(2);
    expect(calls).toHaveLength(1);
    const [modulePath, args, options] = calls[0]!;
    expect(modulePath).toBe(TRAINER_ENTRY);
    expect(args).toEqual([]);
    expect(options).toMatchObject({ execArgv: ['--max-old-space-size=512'], stdio: 'pipe' });
    expect(await trainer.shutdown()).toMatchObject({ crashed: false });
  });

  it('reports a crash, and the next run starts a fresh trainer', async () => {
    const trainer = new TrainerProcess({ spawn: utilityTrainerSpawn(nodeUtilityFork()) });
    const running = trainer.run(start('u2', 500));
    await new Promise<void>((resolve) => {
      const off = trainer.onMessage((m) => m.type === 'started' && (off(), resolve()));
    });
    const pid = trainer.pid!;
    process.kill(pid, 'SIGKILL');
    const crashed = await running;
    expect(crashed.ending).toBe('crashed');
    expect(crashed.exit).toMatchObject({ crashed: true, message: expect.stringMatching(/137/) });

    const again = await trainer.run(start('u3'));
    expect(again.ending).toBe('done');
    expect(trainer.pid).not.toBe(pid);
    await trainer.shutdown();
  });

  it('reports an ending it caused as no crash', async () => {
    const trainer = new TrainerProcess({ spawn: utilityTrainerSpawn(nodeUtilityFork()) });
    const running = trainer.run(start('u4', 500));
    await new Promise<void>((resolve) => {
      const off = trainer.onMessage((m) => m.type === 'started' && (off(), resolve()));
    });
    trainer.kill();
    expect((await running).exit).toMatchObject({ crashed: false, message: '' });
  });
});

/** A utility process that the test drives by hand. */
function scriptedUtility() {
  const events = new EventEmitter();
  const stderr = new PassThrough();
  const stdout = new PassThrough();
  const child = {
    pid: 4321 as number | undefined,
    stdout,
    stderr,
    postMessage: () => undefined,
    kill: () => true,
    on: (event: string, listener: Parameters<EventEmitter['on']>[1]) => events.on(event, listener),
  } as UtilityProcessLike;
  return { child, events, stderr, stdout };
}

describe('the utility process adapter', () => {
  it('waits for the last output before it reports the exit, so a crash is explained', async () => {
    const script = scriptedUtility();
    const trainer = new TrainerProcess({ spawn: utilityTrainerSpawn(() => script.child) });
    const exit = new Promise((resolve) => trainer.onExit(resolve));
    trainer.send(start('s1'));
    script.events.emit('spawn');
    script.events.emit('exit', 134);
    script.stderr.write(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n',
    );
    script.stderr.end();
    script.stdout.end();
    expect(await exit).toMatchObject({
      crashed: true,
      outOfMemory: true,
      message: expect.stringMatching(/ran out of memory/),
    });
  });

  it('says the trainer could not be started when it ends before it spawned', async () => {
    const script = scriptedUtility();
    const trainer = new TrainerProcess({ spawn: utilityTrainerSpawn(() => script.child) });
    const exit = new Promise((resolve) => trainer.onExit(resolve));
    trainer.send(start('s2'));
    script.stderr.end();
    script.stdout.end();
    script.events.emit('exit', 1);
    expect(await exit).toMatchObject({
      crashed: true,
      message: expect.stringMatching(/could not be started/),
    });
  });
});
