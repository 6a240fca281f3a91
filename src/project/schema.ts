/**
 * The layout of a project file at the current schema version, checked with zod. This covers
 * structure and single values; what needs the whole document (layer types, parameters, unique ids,
 * edges, weights) is checked afterwards in `graphCheck.ts` and `weightsCodec.ts`.
 *
 * ```json
 * {
 *   "format": "neurocanvas-project",
 *   "schemaVersion": 3,
 *   "name": "Digits",
 *   "notes": "",
 *   "dataset": { "id": "mnist", "options": { "normalize": true } },
 *   "training": { "optimizer": "adam", "learningRate": 0.001, "batchSize": 32, "epochs": 10,
 *                 "validationSplit": 0.2, "shuffle": true, "seed": 42, … },
 *   "graph": {
 *     "nodes": [{ "id": "n1", "type": "Dense", "name": "dense_1",
 *                 "position": { "x": 0, "y": 0 }, "params": { "units": 64 } }],
 *     "edges": [{ "id": "e1", "source": "n0", "target": "n1" }]
 *   },
 *   "runs": [{ "id": "run-1", "name": "Run 1", "finishedAt": "2025-03-01T12:00:00.000Z",
 *              "datasetId": "mnist", "training": { … }, "stopReason": "done",
 *              "epochs": [{ "epoch": 1, "values": { "loss": 0.41, "val_loss": 0.38 } }],
 *              "test": { "loss": 0.37, "acc": 0.9 } }],
 *   "weights": { "encoding": "float32-le-base64",
 *                "nodes": { "n1": [{ "name": "kernel", "shape": [784, 64], "data": "…" }] } }
 * }
 * ```
 */
import * as z from 'zod';
import { classroomDocument } from '../packs/schema';
import { embeddedDataDocument } from './embeddedData';
import { expectedGot, finiteNumber, fromSpec, text } from './fields';
import {
  MAX_EDGES,
  MAX_NAME_LENGTH,
  MAX_NODES,
  MAX_NOTES_LENGTH,
  MAX_OPTION_TEXT_LENGTH,
  MAX_TENSORS_PER_NODE,
  MAX_WEIGHT_RANK,
} from './limits';
import { PROJECT_FORMAT } from './project';
import { runHistorySchema } from './runs';
import { defaultTraining, TRAINING_PARAMS, type TrainingSettings } from './training';
import { CURRENT_SCHEMA_VERSION } from './version';

export const WEIGHTS_ENCODING = 'float32-le-base64';

const name = text(1, MAX_NAME_LENGTH);

const datasetOption = z.custom<number | string | boolean>(
  (v) =>
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && v.length <= MAX_OPTION_TEXT_LENGTH),
  {
    error: (issue) =>
      expectedGot(
        `a finite number, true or false, or text of at most ${MAX_OPTION_TEXT_LENGTH} characters`,
        issue.input,
      ),
  },
);

const dataset = z
  .strictObject(
    {
      id: name,
      options: z.record(name, datasetOption).optional(),
      data: embeddedDataDocument.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? expectedGot('null or an object such as {"id": "mnist"}', issue.input)
          : undefined,
    },
  )
  .nullable();

// One entry per setting of TRAINING_PARAMS, each with its default, so a file written before a
// setting existed loads with that setting's default.
const training = z.strictObject(
  Object.fromEntries(
    Object.entries(TRAINING_PARAMS).map(([key, spec]) => [
      key,
      fromSpec<unknown>(spec).default(spec.default as never),
    ]),
  ),
) as unknown as z.ZodType<TrainingSettings, Partial<TrainingSettings>>;

const node = z.strictObject({
  id: name,
  type: name,
  name,
  position: z.strictObject({ x: finiteNumber, y: finiteNumber }),
  // Checked against the layer type's schema in graphCheck.ts; missing ones take their defaults.
  params: z.record(z.string(), z.unknown()).default(() => ({})),
});

const edge = z.strictObject({ id: name, source: name, target: name });

const weightTensor = z.strictObject({
  name,
  // Dimensions are checked in weightsCodec.ts, together with the data they describe.
  shape: z.array(z.unknown()).max(MAX_WEIGHT_RANK),
  data: z.string(),
});

const weights = z.strictObject({
  encoding: z.literal(WEIGHTS_ENCODING),
  nodes: z.record(z.string(), z.array(weightTensor).max(MAX_TENSORS_PER_NODE)),
});

export const projectDocument = z.strictObject({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name,
  notes: text(0, MAX_NOTES_LENGTH).default(''),
  dataset: dataset.default(null),
  training: training.default(defaultTraining),
  graph: z.strictObject({
    nodes: z.array(node).max(MAX_NODES),
    edges: z.array(edge).max(MAX_EDGES),
  }),
  runs: runHistorySchema.optional(),
  weights: weights.optional(),
  classroom: classroomDocument.optional(),
  lesson: name.optional(),
});

export type ProjectDocument = z.output<typeof projectDocument>;
export type WeightsDocument = NonNullable<ProjectDocument['weights']>;
