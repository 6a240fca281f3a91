/**
 * Messages from the trainer process to the host.
 *
 * A run: `ready` (the backend has loaded) → `started` → many `batch`, one `epoch` per epoch,
 * `activations` and `boundary` when those streams are on, `paused`/`resumed`, one
 * `stepDetail` after each Step → `stopped` → `done`.
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
  MAX_PREDICTIONS,
} from './limits';
import { codedFields, messageCode, messageValues } from './messageCode';
import { nodeWeights, probeIndex } from './runInputs';
import { ganSamplesFields } from './ganSamples';
import { stepDetailFields } from './stepDetail';

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
 * The model's answers, after an epoch, for a few fixed examples (the same ones every epoch, so a
 * gallery shows them change): example `indices[i]` of the dataset's `split` has true class
 * `actual[i]` and was predicted as `predicted[i]`; `confidence[i]` is the output for that class,
 * clipped to 0 … 1 (its probability, for softmax and sigmoid outputs; NaN once a run diverges).
 */
const predictions = z
  .strictObject({
    split: oneOf(['train', 'test'] as const),
    indices: int32Array,
    actual: int32Array,
    predicted: int32Array,
    confidence: float32Array,
  })
  .superRefine((p, ctx) => {
    const n = p.indices.length;
    if (n > MAX_PREDICTIONS) {
      ctx.addIssue({
        code: 'custom',
        path: ['indices'],
        message: `holds ${n} examples; a prediction sample may hold at most ${MAX_PREDICTIONS}`,
      });
      return;
    }
    for (const key of ['actual', 'predicted', 'confidence'] as const)
      if (p[key].length !== n)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `holds ${p[key].length} values, but indices holds ${n}`,
        });
    if (p.indices.some((i) => i < 0))
      ctx.addIssue({ code: 'custom', path: ['indices'], message: 'holds a negative index' });
    for (const key of ['actual', 'predicted'] as const)
      if (p[key].some((c) => c < 0 || c >= MAX_CLASSES))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `holds a class outside 0 … ${MAX_CLASSES - 1}`,
        });
    if (p.confidence.some((c) => c < 0 || c > 1))
      ctx.addIssue({
        code: 'custom',
        path: ['confidence'],
        message: 'holds a value outside 0 … 1',
      });
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

/** Parts of a backend's reason: the backends passed over, the one chosen, and its build. */
export const MAX_REASON_PARTS = 8;

export const TRAINER_MESSAGE_SCHEMAS = {
  /**
   * The backend for this run has loaded; `reason` says why it was chosen (`code`: the main why),
   * and `parts` every piece of `reason` in order (`training.backendWhy.<code>`).
   */
  ready: runMessage('ready', {
    backend: oneOf(BACKENDS),
    reason: text(1, MAX_MESSAGE_LENGTH),
    ...codedFields,
    parts: z
      .array(z.strictObject({ code: messageCode, values: messageValues }))
      .max(MAX_REASON_PARTS)
      .optional(),
  }),
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
  /**
   * The end of an epoch. `validation` is null when no examples are held back. The confusion
   * matrix, the layers' statistics and the predictions come when their streams are on, at most
   * once per activation interval, and always with the last epoch.
   */
  epoch: runMessage('epoch', {
    epoch: epochNumber,
    train: scores,
    validation: scores.nullable(),
    samplesPerS: nonNegativeFinite,
    confusion: confusion.optional(),
    layers: z.array(layerStats).max(MAX_NODES).optional(),
    predictions: predictions.optional(),
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
  /** After a Step: each layer's forward output, gradients and applied update (see stepDetail.ts). */
  stepDetail: runMessage('stepDetail', stepDetailFields),
  /** A GAN's generated samples and the mode-collapse measures (see ganSamples.ts). */
  ganSamples: runMessage('ganSamples', ganSamplesFields),
  paused: runMessage('paused', {}),
  resumed: runMessage('resumed', {}),
  /** Training has ended; `detail` explains an early end (e.g. at which batch the loss became NaN). */
  stopped: runMessage('stopped', {
    reason: oneOf(STOP_REASONS),
    detail: text(1, MAX_MESSAGE_LENGTH).optional(),
    /** The detail's code and values, to say it in the user's language. */
    ...codedFields,
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
    /** What went wrong as a code and values, to say message and suggestion in the user's language. */
    ...codedFields,
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
