/**
 * The host's handle on the trainer: a separate Node process that runs TensorFlow.js, so that a
 * crash, a runaway allocation or a hung kernel never takes the UI or the command down with it.
 *
 * Every message from the trainer is checked with the protocol's parser before anyone sees it; one
 * that fails is reported as `invalid`, never passed on. When the trainer dies (a non-zero exit, a
 * signal, running out of memory), `exit` says what happened in words, and the next message sent
 * starts a fresh trainer. Nothing here knows about terminals or windows: the command line, browser
 * mode and the desktop shell all use it as is.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { NodeWeights } from '../project/weights';
import {
  PROTOCOL_VERSION,
  parseTrainerMessage,
  type HostMessage,
  type HostMessageOf,
  type TrainerMessage,
  type TrainerMessageOf,
} from '../protocol';
import { describeExit, type TrainerExit } from './trainerProcessExit';
import { forkTrainerChild, type SpawnTrainer, type TrainerChild } from './trainerChild';

export type { TrainerExit } from './trainerProcessExit';

/** The trainer's entry module, beside its sources. */
export const TRAINER_ENTRY = fileURLToPath(
  new URL('../train/process/trainer.mjs', import.meta.url),
);

/** How much of the trainer's standard error is kept to explain a crash. */
const STDERR_TAIL_CHARS = 8_000;
/** How long `shutdown` waits for the trainer to end by itself before ending it. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface TrainerProcessOptions {
  /** Caps the trainer's JavaScript heap, in MiB (Node's `--max-old-space-size`). */
  maxOldSpaceMb?: number;
  /** The trainer's environment; the host's own by default. NEUROCANVAS_BACKEND is read there. */
  env?: NodeJS.ProcessEnv;
  /** The module to start; `TRAINER_ENTRY` by default (a packaged app may keep it elsewhere). */
  entry?: string;
  /** How the process is started: Node's `fork` by default, an Electron utility process on desktop. */
  spawn?: SpawnTrainer;
}

/** How a run ended, as `run` reports it. */
export interface RunResult {
  runId: string;
  /**
   * `done`: the run trained and ended (finished, stopped, or stopped by a NaN loss: see `stopped`);
   * `failed`: the trainer refused or could not prepare it (see `errors`);
   * `crashed`: the trainer process died (see `exit`).
   */
  ending: 'done' | 'failed' | 'crashed';
  ready: TrainerMessageOf<'ready'> | null;
  started: TrainerMessageOf<'started'> | null;
  stopped: TrainerMessageOf<'stopped'> | null;
  done: TrainerMessageOf<'done'> | null;
  /** Every error reported for the run, oldest first. */
  errors: TrainerMessageOf<'error'>[];
  exit: TrainerExit | null;
}

type Listener<T> = (value: T) => void;

interface Events {
  message: TrainerMessage;
  invalid: string;
  exit: TrainerExit;
  output: string;
}

/** One trainer process, from fork to exit. */
interface Trainer {
  child: TrainerChild;
  stderrTail: string;
  /** The last error it reported: often the reason it is about to exit. */
  lastError: TrainerMessageOf<'error'> | null;
  /** Set when it was told to end (shutdown, kill), so its exit is no crash. */
  ending: boolean;
  exited: Promise<TrainerExit>;
}

export class TrainerProcess {
  private trainer: Trainer | null = null;
  private readonly listeners: { [K in keyof Events]: Set<Listener<Events[K]>> } = {
    message: new Set(),
    invalid: new Set(),
    exit: new Set(),
    output: new Set(),
  };

  constructor(private readonly options: TrainerProcessOptions = {}) {}

  /** Every valid message from the trainer. Returns a function that unsubscribes. */
  onMessage(listener: Listener<TrainerMessage>): () => void {
    return this.subscribe('message', listener);
  }

  /** A message from the trainer that failed validation, described; it is not passed on. */
  onInvalid(listener: Listener<string>): () => void {
    return this.subscribe('invalid', listener);
  }

  /** The trainer process ended; `exit.crashed` says whether that was unexpected. */
  onExit(listener: Listener<TrainerExit>): () => void {
    return this.subscribe('exit', listener);
  }

  /** Whatever the trainer writes to its standard output and error (diagnostics only). */
  onOutput(listener: Listener<string>): () => void {
    return this.subscribe('output', listener);
  }

  /** The process id of the trainer running now, if one is. */
  get pid(): number | undefined {
    return this.trainer?.child.pid;
  }

  /**
   * Sends a message. A `start` starts a trainer first if none is running (or the one running is
   * on its way out); any other message needs a running trainer and is dropped without one, since
   * there is then no run it could concern.
   */
  send(message: HostMessage): void {
    const trainer = message.type === 'start' ? this.live() : this.trainer;
    if (!trainer) return;
    try {
      trainer.child.send(message);
    } catch {
      // The trainer is exiting as we speak; its exit event reports why.
    }
  }

  /**
   * Starts a run and resolves once it has ended, however it ends; it never rejects. `onMessage`
   * sees each of the run's messages as it arrives (the same ones `onMessage` subscribers get).
   */
  run(
    start: HostMessageOf<'start'>,
    handlers: { onMessage?: Listener<TrainerMessage> } = {},
  ): Promise<RunResult> {
    return new Promise((resolve) => {
      const result: RunResult = {
        runId: start.runId,
        ending: 'done',
        ready: null,
        started: null,
        stopped: null,
        done: null,
        errors: [],
        exit: null,
      };
      const finish = (ending: RunResult['ending']) => {
        offMessage();
        offExit();
        resolve({ ...result, ending });
      };
      const offMessage = this.onMessage((message) => {
        if (!('runId' in message) || message.runId !== start.runId) return;
        handlers.onMessage?.(message);
        switch (message.type) {
          case 'ready':
            result.ready = message;
            break;
          case 'started':
            result.started = message;
            break;
          case 'stopped':
            result.stopped = message;
            break;
          case 'error':
            result.errors.push(message);
            // Before `started`, an error means the run could not be prepared; after, `done` follows.
            if (!result.started) finish('failed');
            break;
          case 'done':
            result.done = message;
            finish('done');
            break;
        }
      });
      const trainer = this.live();
      const offExit = this.onExitOf(trainer, (exit) => {
        result.exit = exit;
        finish('crashed');
      });
      this.send(start);
    });
  }

  /** The run's current weights (or its final ones, once it has ended). */
  weights(runId: string): Promise<NodeWeights> {
    const requestId = randomUUID();
    return new Promise((resolve, reject) => {
      const trainer = this.trainer;
      if (!trainer) {
        reject(new Error('The trainer is not running, so it holds no weights.'));
        return;
      }
      const offMessage = this.onMessage((message) => {
        if (!('requestId' in message) || message.requestId !== requestId) return;
        offMessage();
        offExit();
        if (message.type === 'weights') resolve(message.weights);
        else if (message.type === 'error') reject(new Error(message.message));
      });
      const offExit = this.onExitOf(trainer, (exit) => {
        offMessage();
        offExit();
        reject(new Error(exit.message));
      });
      this.send({ v: PROTOCOL_VERSION, type: 'getWeights', runId, requestId });
    });
  }

  /**
   * Asks the trainer to stop any run and end, and waits until it has; ends it by force if it does
   * not within the grace period. Resolves at once when no trainer is running.
   */
  async shutdown(graceMs = SHUTDOWN_GRACE_MS): Promise<TrainerExit | null> {
    const trainer = this.trainer;
    if (!trainer) return null;
    trainer.ending = true;
    try {
      trainer.child.send({ v: PROTOCOL_VERSION, type: 'shutdown', requestId: randomUUID() });
    } catch {
      // Already exiting: waiting for the exit is all there is to do.
    }
    const timer = setTimeout(() => trainer.child.kill(), graceMs);
    try {
      return await trainer.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the trainer at once (a run in progress is lost); its exit is reported as expected. */
  kill(): void {
    const trainer = this.trainer;
    if (!trainer) return;
    trainer.ending = true;
    trainer.child.kill();
  }

  /** The trainer to talk to: the running one, unless it is on its way out; else a fresh one. */
  private live(): Trainer {
    return this.trainer && !this.trainer.ending ? this.trainer : this.launch();
  }

  private launch(): Trainer {
    const { maxOldSpaceMb } = this.options;
    const spawn = this.options.spawn ?? forkTrainerChild;
    const child = spawn({
      entry: this.options.entry ?? TRAINER_ENTRY,
      // Not the host's own flags (a test runner's, an inspector's): only what the trainer needs.
      execArgv: maxOldSpaceMb === undefined ? [] : [`--max-old-space-size=${maxOldSpaceMb}`],
      env: this.options.env ?? process.env,
    });
    let markExited: (exit: TrainerExit) => void = () => undefined;
    const trainer: Trainer = {
      child,
      stderrTail: '',
      lastError: null,
      ending: false,
      exited: new Promise((resolve) => (markExited = resolve)),
    };
    this.trainer = trainer;

    child.onOutput((stream, text) => {
      if (stream === 'stderr')
        trainer.stderrTail = (trainer.stderrTail + text).slice(-STDERR_TAIL_CHARS);
      this.emit('output', text);
    });
    child.onMessage((data) => {
      const parsed = parseTrainerMessage(data);
      if (!parsed.ok) return this.emit('invalid', parsed.error);
      if (parsed.message.type === 'error') trainer.lastError = parsed.message;
      this.emit('message', parsed.message);
    });

    child.onEnd(({ code, signal, spawnError }) => {
      if (this.trainer === trainer) this.trainer = null;
      const exit = describeExit({
        code,
        signal,
        expected: trainer.ending,
        stderr: trainer.stderrTail,
        lastError: trainer.lastError?.message ?? null,
        maxOldSpaceMb: maxOldSpaceMb ?? null,
        ...(spawnError ? { spawnError: spawnError.message } : {}),
      });
      markExited(exit);
      this.emit('exit', exit);
    });
    return trainer;
  }

  private onExitOf(trainer: Trainer, listener: Listener<TrainerExit>): () => void {
    let live = true;
    void trainer.exited.then((exit) => {
      if (live) listener(exit);
    });
    return () => {
      live = false;
    };
  }

  private subscribe<K extends keyof Events>(kind: K, listener: Listener<Events[K]>): () => void {
    const set: Set<Listener<Events[K]>> = this.listeners[kind];
    set.add(listener);
    return () => void set.delete(listener);
  }

  private emit<K extends keyof Events>(kind: K, value: Events[K]): void {
    const set: Set<Listener<Events[K]>> = this.listeners[kind];
    for (const listener of [...set]) listener(value);
  }
}
