/**
 * What `neurocanvas train` reports in machine-readable form: one flat object per epoch and one at the
 * end (the `--json` lines), and the run record written beside the model. Flat keys as Keras' history
 * names them: `loss`, a key per configured metric (`acc`, `mae`, …), the same with `val_` for the
 * validation data and `test_` for the test data. A score that is not a number (a diverged loss) is
 * written as null, since JSON has no NaN.
 */
import type { DatasetRef } from '../../project/project';
import type { TrainingSettings } from '../../project/training';
import type { Scores, StopReason, TrainerMessageOf } from '../../protocol';

export type Row = Record<string, number | string | null>;

/** Keras 2 reports accuracy as `acc` in its history; the other metric names stay as they are. */
export function metricKey(name: string): string {
  return name === 'accuracy' ? 'acc' : name;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** `loss` and each metric under `prefix`; `names` gives the keys when the scores are missing. */
export function scoreFields(prefix: string, scores: Scores | null, names: readonly string[]): Row {
  const row: Row = { [`${prefix}loss`]: scores ? finite(scores.loss) : null };
  for (const name of scores ? Object.keys(scores.metrics) : names) {
    const value = scores?.metrics[name];
    row[`${prefix}${metricKey(name)}`] = value === undefined ? null : finite(value);
  }
  return row;
}

export function epochRow(message: TrainerMessageOf<'epoch'>): Row {
  const names = Object.keys(message.train.metrics);
  return {
    epoch: message.epoch,
    ...scoreFields('', message.train, names),
    ...scoreFields('val_', message.validation, names),
    samples_per_s: finite(message.samplesPerS),
  };
}

/** The `--json` line for an epoch. */
export function epochEvent(message: TrainerMessageOf<'epoch'>): Row {
  return { event: 'epoch', ...epochRow(message) };
}

/** The `--json` line at the end; test scores are null when the run has none (no test set). */
export function doneEvent(
  backend: string,
  test: Scores | null,
  metricNames: readonly string[],
): Row {
  return { event: 'done', backend, ...scoreFields('test_', test, metricNames) };
}

/** How a run ended, for the record. */
export type Ending =
  | { how: 'finished' }
  | { how: 'stopped'; reason: Exclude<StopReason, 'done'>; detail?: string }
  | { how: 'failed' | 'crashed'; message: string };

export interface RunRecord {
  format: 'neurocanvas-run';
  version: 1;
  /** The file that was trained, as given on the command line. */
  model: { file: string; name: string };
  backend: { name: string; reason: string } | null;
  dataset: DatasetRef;
  training: TrainingSettings;
  examples: { train: number; validation: number } | null;
  epochs: Row[];
  test: Row | null;
  startedAt: string;
  durationS: number;
  ended: Ending;
  /** The files written beside the record, relative to it; absent when no model was written. */
  files?: { model: string; weights: string };
}

export interface RecordFacts {
  file: string;
  name: string;
  dataset: DatasetRef;
  training: TrainingSettings;
  ready: TrainerMessageOf<'ready'> | null;
  started: TrainerMessageOf<'started'> | null;
  epochs: readonly TrainerMessageOf<'epoch'>[];
  done: TrainerMessageOf<'done'> | null;
  startedAt: Date;
  endedAt: Date;
  ended: Ending;
  files?: { model: string; weights: string };
}

export function runRecord(facts: RecordFacts): RunRecord {
  const names = facts.epochs[0] ? Object.keys(facts.epochs[0].train.metrics) : [];
  return {
    format: 'neurocanvas-run',
    version: 1,
    model: { file: facts.file, name: facts.name },
    backend: facts.ready ? { name: facts.ready.backend, reason: facts.ready.reason } : null,
    // An embedded dataset's arrays stay in the project; the record names it.
    dataset: facts.dataset.options
      ? { id: facts.dataset.id, options: facts.dataset.options }
      : { id: facts.dataset.id },
    training: facts.training,
    examples: facts.started
      ? { train: facts.started.trainExamples, validation: facts.started.validationExamples }
      : null,
    epochs: facts.epochs.map(epochRow),
    test: facts.done?.test ? scoreFields('', facts.done.test, names) : null,
    startedAt: facts.startedAt.toISOString(),
    durationS: Math.round(facts.endedAt.getTime() - facts.startedAt.getTime()) / 1000,
    ended: facts.ended,
    ...(facts.files ? { files: facts.files } : {}),
  };
}
