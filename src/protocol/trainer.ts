/**
 * Messages from the trainer process to the host.
 *
 * A run: `ready` (the backend has loaded) → `started` → many `batch`, one `epoch` per epoch,
 * `activations` and `boundary` when those streams are on, `paused`/`resumed` → `stopped` → `done`.
 * `error` may come at any point; `weights` answers `getWeights` and follows a stop.
 *
 * Epochs and batches count from 1: "epoch 3, batch 12 of 64".
 */
import * as z from 'zod';
import { BACKENDS } from './backends';
import { runMessage, version } from './envelope';
import {
  boundedRecord,
  finiteNumber,
  float32Array,
  fraction,
  id,
  int32Array,
  lengthProblem,
  magnitude,
  name,
  nonNegativeFinite,
  oneOf,
  score,
  shape,
  text,
  uint8Array,
  wholeNumber,
} from './fields';
import {
  MAX_ACTIVATION_RANK,
  MAX_ACTIVATION_VALUES,
  MAX_BOUNDARY_CHANNELS,
  MAX_CLASSES,
  MAX_MESSAGE_LENGTH,
  MAX_METRICS,
  MAX_NODES,
} from './limits';
import { nodeWeights, probeIndex } from './runInputs';

/** The side of the square grid on which the decision boundary is sampled. */
export const BOUNDARY_GRID_SIZE = 64;

export const STOP_REASONS = ['user', 'early-stopping', 'nan', 'done'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A loss and the configured metrics by name, e.g. { loss: 0.31, metrics: { acc: 0.9 } }. */
const scores = z.strictObject({ loss: score, metrics: boundedRecord(score, MAX_METRICS) });
export type Scores = z.infer<typeof scores>;

const epochNumber = wholeNumber(1);

/** Rows are true classes, columns predicted ones: `values[t * size + p]` counts examples. */
const confusion = z
  .strictObject({ size: wholeNumber(1, MAX_CLASSES), values: int32Array })
  .superRefine((c, ctx) => {
    const mismatch = lengthProblem(c.values.length, [c.size, c.size]);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['values'], message: mismatch });
    else if (c.values.some((n) => n < 0))
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'holds a negative count' });
  });

/**
 * One layer's health after an epoch (forward, backward, update): L2 norms of its weights, of the
 * last gradient and of the last update; for ReLU layers the fraction of units that output 0 for
 * every example of the probe batch (dead), for sigmoid and tanh layers the fraction whose output
 * lies within 1% of the asymptotes (saturated). Absent where the notion does not apply.
 */
const layerStats = z.strictObject({
  name,
  weightNorm: magnitude.optional(),
  gradientNorm: magnitude.optional(),
  updateNorm: magnitude.optional(),
  deadFraction: fraction.optional(),
  saturatedFraction: fraction.optional(),
});

/**
 * One layer's output for the probe example (or, for `kind: 'filters'`, the first convolution's
 * kernels), downsampled and quantised: value ≈ min + data[i] / 255 · (max − min).
 * `shape` excludes the batch axis and is row-major, e.g. [14, 14, 8].
 */
const activationMap = z
  .strictObject({
    name,
    kind: oneOf(['output', 'filters'] as const),
    shape: shape(MAX_ACTIVATION_RANK, 1),
    data: uint8Array,
    min: finiteNumber,
    max: finiteNumber,
  })
  .superRefine((a, ctx) => {
    const mismatch = lengthProblem(a.data.length, a.shape);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['data'], message: mismatch });
    else if (a.data.length > MAX_ACTIVATION_VALUES)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: `holds ${a.data.length} values; an activation map may hold at most ${MAX_ACTIVATION_VALUES}`,
      });
    if (a.min > a.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: `is below min (${a.min})` });
  });

/** [low, high] of one input feature, low < high. */
const range = z
  .tuple([finiteNumber, finiteNumber])
  .refine(([low, high]) => low < high, { message: 'expected [low, high] with low below high' });

export const TRAINER_MESSAGE_SCHEMAS = {
  /** The backend for this run has loaded; `reason` says why it was chosen. */
  ready: runMessage('ready', { backend: oneOf(BACKENDS), reason: text(1, MAX_MESSAGE_LENGTH) }),
  /** The model is compiled and the data is ready; training begins. */
  started: runMessage('started', {
    epochs: epochNumber,
    batchesPerEpoch: wholeNumber(1),
    trainExamples: wholeNumber(1),
    validationExamples: wholeNumber(0),
  }),
  /**
   * Progress within an epoch. `loss` and `metrics` are means over the `examples` trained since the
   * previous batch message, weighted by batch size; `samplesPerS` and `etaS` are the latest
   * estimates (`etaS` is null until there is one).
   */
  batch: runMessage('batch', {
    epoch: epochNumber,
    batch: wholeNumber(1),
    batchesPerEpoch: wholeNumber(1),
    examples: wholeNumber(1),
    loss: score,
    metrics: boundedRecord(score, MAX_METRICS),
    samplesPerS: nonNegativeFinite,
    etaS: nonNegativeFinite.nullable(),
  }),
  /** The end of an epoch. `validation` is null when no examples are held back. */
  epoch: runMessage('epoch', {
    epoch: epochNumber,
    train: scores,
    validation: scores.nullable(),
    samplesPerS: nonNegativeFinite,
    confusion: confusion.optional(),
    layers: z.array(layerStats).max(MAX_NODES).optional(),
  }),
  activations: runMessage('activations', {
    epoch: epochNumber,
    batch: wholeNumber(1),
    probeIndex,
    layers: z.array(activationMap).max(MAX_NODES),
  }),
  /**
   * The model's outputs on a 64 × 64 grid over two input features: the value for grid row r,
   * column c and output k is `values[(r · 64 + c) · channels + k]`, at
   * x = x0 + c · (x1 − x0) / 63 and y = y0 + r · (y1 − y0) / 63.
   */
  boundary: runMessage('boundary', {
    epoch: epochNumber,
    xRange: range,
    yRange: range,
    channels: wholeNumber(1, MAX_BOUNDARY_CHANNELS),
    values: float32Array,
  }).superRefine((b, ctx) => {
    const mismatch = lengthProblem(b.values.length, [
      BOUNDARY_GRID_SIZE,
      BOUNDARY_GRID_SIZE,
      b.channels,
    ]);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['values'], message: mismatch });
  }),
  paused: runMessage('paused', {}),
  resumed: runMessage('resumed', {}),
  /** Training has ended; `detail` explains an early end (e.g. at which batch the loss became NaN). */
  stopped: runMessage('stopped', {
    reason: oneOf(STOP_REASONS),
    detail: text(1, MAX_MESSAGE_LENGTH).optional(),
  }),
  /** The run's outcome: the last epoch's scores and, when the dataset has a test set, the test's. */
  done: runMessage('done', {
    backend: oneOf(BACKENDS),
    epochs: wholeNumber(0),
    train: scores.nullable(),
    validation: scores.nullable(),
    test: scores.nullable(),
  }),
  /**
   * Something went wrong; `suggestion` says what the user can do about it. It names the run or the
   * request it concerns when there is one; an error about neither (a message the trainer could not
   * read at all) carries no id.
   */
  error: z.strictObject({
    v: version,
    type: z.literal('error'),
    runId: id.optional(),
    requestId: id.optional(),
    message: text(1, MAX_MESSAGE_LENGTH),
    suggestion: text(1, MAX_MESSAGE_LENGTH).optional(),
  }),
  /** The weights trained so far; `requestId` is that of the `getWeights` it answers, if any. */
  weights: runMessage('weights', {
    requestId: id.optional(),
    weights: nodeWeights,
  }),
} as const;

type Schemas = typeof TRAINER_MESSAGE_SCHEMAS;

/** Any trainer → host message, discriminated by `type`. */
export type TrainerMessage = { [K in keyof Schemas]: z.infer<Schemas[K]> }[keyof Schemas];
export type TrainerMessageType = TrainerMessage['type'];
export type TrainerMessageOf<T extends TrainerMessageType> = Extract<TrainerMessage, { type: T }>;
