/**
 * The run history a project keeps: for each finished run, when it ended, what it trained on and
 * with, how it ended, and its scores per epoch, so that two runs can be compared on one chart.
 * The file holds them as they are in memory (plain JSON); scores that were not numbers (a loss
 * that became NaN) are null, as JSON has no NaN.
 *
 * A project file is untrusted: the number of runs, of epochs per run and of scores per epoch are
 * bounded, and a longer run keeps evenly spaced epochs (always its last).
 */
import * as z from 'zod';
import { expectedGot, fromSpec, text } from './fields';
import { MAX_NAME_LENGTH } from './limits';
import { TRAINING_PARAMS, type TrainingSettings } from './training';

/** Runs one project keeps; adding another drops the oldest. */
export const MAX_RUNS = 50;
/** Epochs one run keeps: enough for a smooth curve; longer runs keep every n-th epoch. */
export const MAX_RUN_EPOCHS = 1_000;
/** Scores per epoch (loss and metrics, train, validation): a model reports a handful. */
export const MAX_RUN_SCORES = 32;

export const RUN_STOP_REASONS = ['done', 'user', 'early-stopping', 'nan'] as const;
export type RunStopReason = (typeof RUN_STOP_REASONS)[number];

/** One epoch's scores by their Keras names: `loss`, `acc`, `val_loss`, … */
export interface RunEpoch {
  epoch: number;
  values: Readonly<Record<string, number | null>>;
}

export interface RunRecord {
  /** Unique within the project. */
  id: string;
  /** As the user sees it, e.g. "Run 3". */
  name: string;
  /** When the run ended, as ISO 8601 text. */
  finishedAt: string;
  datasetId: string;
  training: TrainingSettings;
  stopReason: RunStopReason;
  /** Epochs in order; for long runs a subset (see `MAX_RUN_EPOCHS`). */
  epochs: readonly RunEpoch[];
  /** The test scores after the run, when the dataset has a test set. */
  test: Readonly<Record<string, number | null>> | null;
}

const name = text(1, MAX_NAME_LENGTH);

const score = z.custom<number | null>(
  (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
  { error: (issue) => expectedGot('a finite number or null', issue.input) },
);

const epochNumber = z.custom<number>(
  (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= TRAINING_PARAMS.epochs.max,
  {
    error: (issue) =>
      expectedGot(`a whole number from 1 to ${TRAINING_PARAMS.epochs.max}`, issue.input),
  },
);

const scores = z.record(name, score).refine((r) => Object.keys(r).length <= MAX_RUN_SCORES, {
  message: `expected at most ${MAX_RUN_SCORES} scores`,
});

// As the project's own training settings: each setting checked by its spec, missing ones at their
// defaults, so a run saved before a setting existed still loads.
const training = z.strictObject(
  Object.fromEntries(
    Object.entries(TRAINING_PARAMS).map(([key, spec]) => [
      key,
      fromSpec<unknown>(spec).default(spec.default as never),
    ]),
  ),
) as unknown as z.ZodType<TrainingSettings, Partial<TrainingSettings>>;

export const runRecordSchema: z.ZodType<RunRecord, unknown> = z
  .strictObject({
    id: name,
    name,
    finishedAt: text(1, 40),
    datasetId: name,
    training,
    stopReason: z.enum(RUN_STOP_REASONS),
    epochs: z.array(z.strictObject({ epoch: epochNumber, values: scores })).max(MAX_RUN_EPOCHS),
    test: scores.nullable(),
  })
  .superRefine((run, ctx) => {
    const at = run.epochs.findIndex((e, i) => i > 0 && e.epoch <= run.epochs[i - 1]!.epoch);
    if (at > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['epochs', at, 'epoch'],
        message: `epochs must be in increasing order; ${run.epochs[at]!.epoch} follows ${run.epochs[at - 1]!.epoch}`,
      });
  });

export const runHistorySchema = z.array(runRecordSchema).max(MAX_RUNS);

/** The history with `run` added last, the oldest runs dropped beyond `MAX_RUNS`. */
export function addRun(runs: readonly RunRecord[] | undefined, run: RunRecord): RunRecord[] {
  return [...(runs ?? []), run].slice(-MAX_RUNS);
}

/** At most `MAX_RUN_EPOCHS` epochs, evenly spaced, the first and the last always among them. */
export function keptEpochs<T>(epochs: readonly T[]): T[] {
  const n = epochs.length;
  if (n <= MAX_RUN_EPOCHS) return [...epochs];
  const k = MAX_RUN_EPOCHS;
  return Array.from({ length: k }, (_, i) => epochs[Math.round((i * (n - 1)) / (k - 1))]!);
}

/** A score as the history keeps it: null for NaN and infinities. */
export function keptScore(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
