/**
 * `neurocanvas train`: trains a project or model.json in a trainer process and reports as it goes.
 *
 * Ctrl+C asks the trainer to stop after the batch in progress; the weights trained so far are
 * still written, and the command exits with 130 (the shell's code for an interrupt). A second
 * Ctrl+C ends the trainer at once and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { graphToKeras } from '../../compiler/toKeras';
import { TrainerProcess, type RunResult } from '../../host/trainerProcess';
import {
  STREAMS_OFF,
  PROTOCOL_VERSION,
  type HostMessageOf,
  type TrainerMessage,
  type TrainerMessageOf,
} from '../../protocol';
import type { Io } from '../main';
import { VERSION } from '../version';
import { CliError } from '../usage';
import { backendLine, epochLine, progressLine, startedLine, testLine } from '../train/display';
import type { TrainFlags } from '../train/flags';
import { prepareOutFolder, writeModelFiles, writeRunRecord } from '../train/outputs';
import { doneEvent, epochEvent, runRecord, type Ending } from '../train/record';
import { openTrainSource } from '../train/source';

/** The exit code for a run ended by Ctrl+C, as shells report a SIGINT. */
export const INTERRUPTED_EXIT_CODE = 130;

export async function runTrain(
  path: string,
  flags: TrainFlags & { json: boolean },
  io: Io,
): Promise<number> {
  const source = await openTrainSource(path, flags);
  for (const warning of source.warnings) io.err(`warning: ${warning}`);
  const keras = graphToKeras(source.graph);
  if (!keras.ok) throw new CliError(`The model cannot be trained: ${keras.problems[0]!.message}`);
  if (flags.out !== undefined) await prepareOutFolder(flags.out);

  const runId = randomUUID();
  const start: HostMessageOf<'start'> = {
    v: PROTOCOL_VERSION,
    type: 'start',
    runId,
    graph: source.graph,
    ...(source.weights ? { weights: source.weights } : {}),
    dataset: source.dataset,
    training: source.training,
    backend: flags.backend ?? 'auto',
    // The command shows scores only; the views the canvas draws stay off.
    streams: STREAMS_OFF,
  };

  const trainer = new TrainerProcess();
  if (process.env.NEUROCANVAS_DEBUG) trainer.onOutput((text) => io.err(text.trimEnd()));
  trainer.onInvalid((problem) => io.err(`warning: ignored a message from the trainer: ${problem}`));

  const view = flags.json ? jsonView(io) : textView(io, source.training);
  const epochs: TrainerMessageOf<'epoch'>[] = [];
  let interrupts = 0;
  const stopInterrupts =
    io.onInterrupt?.(() => {
      interrupts += 1;
      if (interrupts === 1) {
        trainer.send({ v: PROTOCOL_VERSION, type: 'stop', runId });
        view.clear();
        io.err('Stopping after the batch in progress; press Ctrl+C again to quit at once.');
      } else {
        trainer.kill();
      }
    }) ?? (() => undefined);

  const startedAt = new Date();
  try {
    const result = await trainer.run(start, {
      onMessage: (message) => {
        if (message.type === 'epoch') epochs.push(message);
        view.message(message);
      },
    });
    view.clear();
    if (interrupts > 1) return INTERRUPTED_EXIT_CODE;

    const ending = endingOf(result);
    const written: string[] = [];
    let files: { model: string; weights: string } | undefined;
    if (flags.out !== undefined && result.ending === 'done') {
      const weights = await trainer.weights(runId).catch((e: unknown) => {
        if (interrupts > 1) return null;
        throw new CliError(`Could not get the trained weights: ${(e as Error).message}`);
      });
      if (weights === null) return INTERRUPTED_EXIT_CODE;
      files = await writeModelFiles(flags.out, keras.topology, weights, `NeuroCanvas ${VERSION}`);
      written.push(join(flags.out, files.model), join(flags.out, files.weights));
    }
    if (flags.out !== undefined) {
      const record = runRecord({
        file: path,
        name: source.name,
        dataset: source.dataset,
        training: source.training,
        ready: result.ready,
        started: result.started,
        epochs,
        done: result.done,
        startedAt,
        endedAt: new Date(),
        ended: ending,
        ...(files ? { files } : {}),
      });
      written.push(await writeRunRecord(flags.out, record));
    }
    const code = view.finish(result, ending);
    if (!flags.json && written.length > 0) io.out(`Wrote ${listed(written)}.`);
    return code;
  } finally {
    stopInterrupts();
    await trainer.shutdown();
  }
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function endingOf(result: RunResult): Ending {
  if (result.ending === 'crashed') return { how: 'crashed', message: result.exit!.message };
  const error = result.errors[0];
  if (result.ending === 'failed' || error) {
    const message = error
      ? `${error.message}${error.suggestion ? ` ${error.suggestion}` : ''}`
      : 'The trainer refused the run.';
    return { how: 'failed', message };
  }
  const stopped = result.stopped;
  if (stopped && stopped.reason !== 'done') {
    return {
      how: 'stopped',
      reason: stopped.reason,
      ...(stopped.detail ? { detail: stopped.detail } : {}),
    };
  }
  return { how: 'finished' };
}

/**
 * The exit code for an ending, and the error to show for a failed one. A run that finished before
 * a Ctrl+C could stop it counts as finished.
 */
function exitCodeOf(ending: Ending): number {
  if (ending.how === 'failed' || ending.how === 'crashed') throw new CliError(ending.message);
  if (ending.how === 'stopped' && ending.reason === 'user') return INTERRUPTED_EXIT_CODE;
  if (ending.how === 'stopped' && ending.reason === 'nan') return 1;
  return 0;
}

interface View {
  message(message: TrainerMessage): void;
  /** Removes a progress bar, if one is drawn, before other output. */
  clear(): void;
  /** The closing output; returns the exit code. */
  finish(result: RunResult, ending: Ending): number;
}

/** --json: one object per epoch and one at the end on standard output, nothing else there. */
function jsonView(io: Io): View {
  let metricNames: string[] = [];
  return {
    message(message) {
      if (message.type !== 'epoch') return;
      metricNames = Object.keys(message.train.metrics);
      io.out(JSON.stringify(epochEvent(message)));
    },
    clear: () => undefined,
    finish(result, ending) {
      if (ending.how === 'stopped' && ending.detail) io.err(ending.detail);
      const code = exitCodeOf(ending);
      const backend = result.done?.backend ?? result.ready?.backend ?? '';
      io.out(JSON.stringify(doneEvent(backend, result.done?.test ?? null, metricNames)));
      return code;
    },
  };
}

/** For people: a header, a line per epoch and, on a terminal, a progress bar redrawn in place. */
function textView(io: Io, training: { epochs: number; batchSize: number }): View {
  let epochs = training.epochs;
  let barShown = false;
  const clear = () => {
    if (barShown && io.progress) io.progress('\r\x1b[K');
    barShown = false;
  };
  return {
    message(message) {
      switch (message.type) {
        case 'ready':
          return io.out(backendLine(message));
        case 'started':
          epochs = message.epochs;
          return io.out(startedLine(message, training.batchSize));
        case 'batch':
          if (!io.progress) return;
          io.progress(`\r${progressLine(message, epochs, io.columns ?? 80)}\x1b[K`);
          barShown = true;
          return;
        case 'epoch':
          clear();
          return io.out(epochLine(message, epochs));
        case 'stopped':
          clear();
          if (message.reason === 'user')
            return io.out('Stopped; the weights trained so far are kept.');
          if (message.reason === 'done') return;
          return io.out(`Stopped: ${message.detail ?? message.reason}`);
      }
    },
    clear,
    finish(result, ending) {
      const code = exitCodeOf(ending);
      if (result.done?.test) io.out(testLine(result.done.test));
      return code;
    },
  };
}
