/**
 * What a run is made of, as the start message carries it: the graph, optional starting weights,
 * the dataset, the training settings and the streams the UI wants. Shapes mirror the in-memory
 * types of `src/graph` and `src/project`, so a project's parts go into a message unchanged.
 */
import * as z from 'zod';
import { embeddedData } from './embeddedData';
import { formatNumber } from '../layers/paramCheck';
import type { Graph } from '../graph/types';
import { fromSpec } from '../project/fields';
import { TRAINING_PARAMS, type TrainingSettings } from '../project/training';
import type { NodeWeights } from '../project/weights';
import {
  boundedRecord,
  expectedGot,
  finiteNumber,
  flag,
  lengthProblem,
  name,
  shape,
  float32Array,
  wholeNumber,
} from './fields';
import {
  MAX_DATASET_OPTIONS,
  MAX_EDGES,
  MAX_INTERVAL_MS,
  MAX_NODES,
  MAX_OPTION_TEXT_LENGTH,
  MAX_PARAMS,
  MAX_TENSORS_PER_NODE,
  MAX_WEIGHT_RANK,
  MAX_WEIGHT_VALUES,
} from './limits';

/** A layer parameter as `ParamValue` allows; the layer's own rules are checked when compiling. */
const paramValue = z.custom<number | boolean | string | number[] | string[]>(
  (v) =>
    (typeof v === 'number' && Number.isFinite(v)) ||
    typeof v === 'boolean' ||
    typeof v === 'string' ||
    (Array.isArray(v) &&
      (v.every((x) => typeof x === 'number' && Number.isFinite(x)) ||
        v.every((x) => typeof x === 'string'))),
  {
    error: (issue) =>
      expectedGot(
        'a finite number, true or false, text, or a list of numbers or texts',
        issue.input,
      ),
  },
);

const node = z.strictObject({
  id: name,
  type: name,
  name,
  position: z.strictObject({ x: finiteNumber, y: finiteNumber }),
  params: boundedRecord(paramValue, MAX_PARAMS),
});

const edge = z.strictObject({ id: name, source: name, target: name });

/** Typed as the app's `Graph`; the annotation makes the compiler check that the schema fits it. */
export const graph: z.ZodType<Graph> = z.strictObject({
  nodes: z.array(node).max(MAX_NODES),
  edges: z.array(edge).max(MAX_EDGES),
});

/** One weight tensor: its values must fill its shape and be finite, as in a project file. */
const weightTensor = z
  .strictObject({
    name,
    shape: shape(MAX_WEIGHT_RANK, 0),
    values: float32Array,
  })
  .superRefine((t, ctx) => {
    const mismatch = lengthProblem(t.values.length, t.shape);
    if (mismatch) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: mismatch });
      return;
    }
    if (t.values.length > MAX_WEIGHT_VALUES) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `holds ${formatNumber(t.values.length)} values; a weight tensor may hold at most ${formatNumber(MAX_WEIGHT_VALUES)}`,
      });
      return;
    }
    const bad = t.values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `value ${formatNumber(bad)} is ${String(t.values[bad])}; weights must be finite numbers`,
      });
  });

/** Node id → that node's weights, in the order tfjs lists the layer's weights (`NodeWeights`). */
export const nodeWeights: z.ZodType<NodeWeights> = boundedRecord(
  z.array(weightTensor).max(MAX_TENSORS_PER_NODE),
  MAX_NODES,
);

const datasetOption = z.custom<number | string | boolean>(
  (v) =>
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && v.length <= MAX_OPTION_TEXT_LENGTH),
  {
    error: (issue) =>
      expectedGot(
        `a finite number, true or false, or text of at most ${formatNumber(MAX_OPTION_TEXT_LENGTH)} characters`,
        issue.input,
      ),
  },
);

/** Which dataset to train on, by id (e.g. 'spiral'), and how to prepare it. */
export const datasetRef = z.strictObject({
  id: name,
  options: boundedRecord(datasetOption, MAX_DATASET_OPTIONS).optional(),
  /** An imported dataset the project keeps in itself. */
  data: embeddedData.optional(),
});

/**
 * The project's training settings, checked by the same parameter specs the inspector and the
 * project loader use. Built from `TRAINING_PARAMS` key by key, so a setting added there travels
 * and is checked here without a change to the protocol.
 */
export const trainingSettings = z.strictObject(
  Object.fromEntries(
    Object.entries(TRAINING_PARAMS).map(([key, spec]) => [key, fromSpec<unknown>(spec)]),
  ),
) as unknown as z.ZodType<TrainingSettings>;

/** The learning rate as a running run may be given it: the same rule as at the start. */
export const learningRate = fromSpec<number>(TRAINING_PARAMS.learningRate);

/** The index of the example whose activations are shown; the trainer checks it against the data. */
export const probeIndex = wholeNumber(0);

/** Which streams the UI wants; batch and epoch scores always flow, since progress needs them. */
export const streamSettings = z.strictObject({
  /** Per-layer weight, gradient and update norms, dead and saturated fractions, every epoch. */
  layerStats: flag,
  /** The confusion matrix every epoch, for classification. */
  confusion: flag,
  /** The probe example's activation maps and the first convolution's filters. */
  activations: flag,
  /** The decision boundary every epoch, for models with two input features. */
  boundary: flag,
  /** A few fixed examples' predicted classes every epoch, for classification. */
  predictions: flag,
  /** At most one activation map message per this many milliseconds. */
  activationIntervalMs: wholeNumber(0, MAX_INTERVAL_MS),
  probeIndex,
});

export type StreamSettings = z.infer<typeof streamSettings>;
