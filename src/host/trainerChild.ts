/**
 * The trainer process as `TrainerProcess` sees it, whatever started it. Browser mode and the
 * command line fork it with Node's `child_process` (`forkTrainerChild`, here); the desktop shell
 * starts the same module as an Electron utility process (`desktop/trainerUtility.ts`). Both give
 * raw messages (checked by `TrainerProcess`), the process's output, and one `end` once it is over.
 */
import { fork } from 'node:child_process';
import type { HostMessage } from '../protocol';

export interface TrainerSpawnOptions {
  entry: string;
  execArgv: string[];
  env: NodeJS.ProcessEnv;
}

/** How a trainer process ended: its exit, or that it could not be started at all. */
export interface TrainerEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  spawnError?: Error;
}

export interface TrainerChild {
  /** Undefined until the process has started (and when it never did). */
  readonly pid: number | undefined;
  /** Throws when the process can no longer take messages (it is exiting). */
  send(message: HostMessage): void;
  /** Ends the process at once. */
  kill(): void;
  onMessage(listener: (data: unknown) => void): void;
  onOutput(listener: (stream: 'stdout' | 'stderr', text: string) => void): void;
  /** Once, after all of the process's output has been delivered. */
  onEnd(listener: (end: TrainerEnd) => void): void;
}

export type SpawnTrainer = (options: TrainerSpawnOptions) => TrainerChild;

export const forkTrainerChild: SpawnTrainer = ({ entry, execArgv, env }) => {
  const child = fork(entry, [], {
    // V8's structured clone, so typed arrays arrive as typed arrays.
    serialization: 'advanced',
    execArgv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env,
  });
  const endListeners: ((end: TrainerEnd) => void)[] = [];
  let ended = false;
  const end = (value: TrainerEnd) => {
    if (ended) return;
    ended = true;
    for (const listener of endListeners) listener(value);
  };
  // 'close' comes after the output streams have ended, so every byte of output is in.
  child.on('close', (code, signal) => end({ code, signal }));
  child.on('error', (error) => {
    // Only a failure to start arrives here without a close to follow.
    if (child.pid === undefined) end({ code: null, signal: null, spawnError: error });
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => void child.send(message),
    kill: () => void child.kill('SIGKILL'),
    onMessage: (listener) => void child.on('message', listener),
    onOutput: (listener) => {
      child.stdout?.setEncoding('utf8').on('data', (text: string) => listener('stdout', text));
      child.stderr?.setEncoding('utf8').on('data', (text: string) => listener('stderr', text));
    },
    onEnd: (listener) => void endListeners.push(listener),
  };
};
