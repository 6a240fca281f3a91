/**
 * The trainer started as an Electron utility process (`utilityProcess.fork`), shaped as the
 * `TrainerChild` that `TrainerProcess` drives, so the desktop shell runs the very module and the
 * very lifecycle (crash reports, a fresh trainer for the next run) that browser mode does. The
 * trainer itself notices it was started this way (`process.parentPort`, see
 * `src/train/process/channel.ts`). Given a port to the page, main hands it to the trainer before
 * anything else, and the trainer posts its messages there instead of to main.
 *
 * Electron cannot be loaded here (src/ never imports it), so this takes `utilityProcess.fork` as an
 * argument, typed by the little it uses.
 */
import type { HostMessage } from '../../protocol';
import { PORT_MESSAGE } from '../../train/process/channel';
import type { SpawnTrainer, TrainerChild, TrainerEnd } from '../trainerChild';

/** What this uses of Electron's `UtilityProcess`. */
export interface UtilityProcessLike {
  readonly pid: number | undefined;
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
  /** `transfer` lists the ports (Electron's `MessagePortMain`) handed over with the message. */
  postMessage(message: unknown, transfer?: unknown[]): void;
  kill(): boolean;
  on(event: 'spawn', listener: () => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export type ForkUtility = (
  modulePath: string,
  args: string[],
  options: {
    env: NodeJS.ProcessEnv;
    execArgv: string[];
    stdio: 'pipe';
    serviceName: string;
  },
) => UtilityProcessLike;

/** A utility process reports only an exit code; a kill it was told of is reported as this signal. */
const KILL_SIGNAL: NodeJS.Signals = 'SIGTERM';

/**
 * Starts trainers with `forkUtility`. `pagePort`, when given, is called once per trainer for the
 * port on which that trainer speaks to the page (its other end is already on its way there).
 */
export function utilityTrainerSpawn(
  forkUtility: ForkUtility,
  pagePort?: () => unknown,
): SpawnTrainer {
  return ({ entry, execArgv, env }) => {
    const child = forkUtility(entry, [], {
      env,
      execArgv,
      stdio: 'pipe',
      serviceName: 'NeuroCanvas trainer',
    });
    // Posted before any host message, so the trainer has its port before it has anything to say.
    if (pagePort) child.postMessage(PORT_MESSAGE, [pagePort()]);
    return adaptUtility(child);
  };
}

function adaptUtility(child: UtilityProcessLike): TrainerChild {
  const endListeners: ((end: TrainerEnd) => void)[] = [];
  const outputListeners: ((stream: 'stdout' | 'stderr', text: string) => void)[] = [];
  // Read from the start, so that the streams flow (and end) whoever listens.
  for (const name of ['stdout', 'stderr'] as const)
    child[name]?.setEncoding('utf8').on('data', (text: string) => {
      for (const listener of outputListeners) listener(name, text);
    });
  let started = false;
  let killed = false;
  const outputDone = [child.stdout, child.stderr].map(streamEnded);
  child.on('spawn', () => (started = true));
  child.on('exit', (code) => {
    // The exit may overtake the last output; the crash report needs that output.
    void Promise.all(outputDone).then(() => {
      const end: TrainerEnd = !started
        ? {
            code: null,
            signal: null,
            spawnError: new Error(`the utility process ended with code ${code} before it started`),
          }
        : killed
          ? { code: null, signal: KILL_SIGNAL }
          : { code, signal: null };
      for (const listener of endListeners) listener(end);
    });
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message: HostMessage) => {
      // Structured clone, as with fork's 'advanced' serialisation: typed arrays stay typed arrays.
      child.postMessage(message);
    },
    kill: () => {
      killed = true;
      child.kill();
    },
    onMessage: (listener) => void child.on('message', listener),
    onOutput: (listener) => void outputListeners.push(listener),
    onEnd: (listener) => void endListeners.push(listener),
  };
}

/** Resolves once a stream has delivered everything (or at once when there is none). */
function streamEnded(stream: NodeJS.ReadableStream | null): Promise<void> {
  if (!stream) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
    stream.once('error', () => resolve());
  });
}
