/**
 * What one Step (a single batch trained while paused) did to every layer with weights: the
 * lecture's forward, backward and update, measured on the real batch and the real optimizer.
 *
 * - `forward`: the layer's output for the probe example, computed with the weights the batch
 *   was trained from (before the update);
 * - per weight tensor, `gradient`: ∂L/∂w for the batch's loss L, and `update`: the change the
 *   optimizer applied, Δw = w_after − w_before. For plain SGD Δw = −τ · ∂L/∂w with τ =
 *   `learningRate`; SGD with `momentum` and the other optimizers apply their own rule.
 *
 * Every map is downsampled and quantised like an activation map: value ≈ min + data[i] / 255 ·
 * (max − min). Norms are L2 norms of the full-precision tensors, before any downsampling.
 */
import * as z from 'zod';
import { OPTIMIZERS } from '../project/training';
import {
  finiteNumber,
  lengthProblem,
  magnitude,
  name,
  nonNegativeFinite,
  oneOf,
  shape,
  uint8Array,
  wholeNumber,
} from './fields';
import { MAX_ACTIVATION_RANK, MAX_NODES, MAX_TENSORS_PER_NODE, MAX_WEIGHT_RANK } from './limits';
import { probeIndex } from './runInputs';

/** Values in one map of a step detail: a 256 × 256 heatmap. The engine sends at most 16,384. */
export const MAX_STEP_MAP_VALUES = 2 ** 16;

/** A quantised heatmap; `shape` is row-major, e.g. [784, 16] for a Dense kernel cut down. */
export const stepMap = z
  .strictObject({
    shape: shape(MAX_ACTIVATION_RANK, 1),
    data: uint8Array,
    min: finiteNumber,
    max: finiteNumber,
  })
  .superRefine((m, ctx) => {
    const mismatch = lengthProblem(m.data.length, m.shape);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['data'], message: mismatch });
    else if (m.data.length > MAX_STEP_MAP_VALUES)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: `holds ${m.data.length} values; a step map may hold at most ${MAX_STEP_MAP_VALUES}`,
      });
    if (m.min > m.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: `is below min (${m.min})` });
  });

/** One weight tensor of a layer, e.g. `kernel` of shape [3, 3, 1, 8]. */
const stepTensor = z.strictObject({
  name,
  /** The tensor's own shape; the maps are [rows, columns] views of it, cut down when large. */
  shape: shape(MAX_WEIGHT_RANK, 1),
  gradient: stepMap,
  gradientNorm: magnitude,
  update: stepMap,
  updateNorm: magnitude,
});

const stepLayer = z.strictObject({
  name,
  /** Null when the layer's output is not among the probe's maps. */
  forward: stepMap.nullable(),
  tensors: z.array(stepTensor).min(1).max(MAX_TENSORS_PER_NODE),
});

export const stepDetailFields = {
  epoch: wholeNumber(1),
  batch: wholeNumber(1),
  probeIndex,
  optimizer: oneOf(OPTIMIZERS),
  /** τ, the learning rate this batch was trained with. */
  learningRate: nonNegativeFinite,
  /** SGD's momentum (0 for plain SGD and for the other optimizers). */
  momentum: nonNegativeFinite,
  layers: z.array(stepLayer).max(MAX_NODES),
};
