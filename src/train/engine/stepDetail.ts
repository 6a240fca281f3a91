/**
 * The `stepDetail` message of a Step: per layer with weights, its forward output for the probe
 * example, and per weight tensor the gradient and the applied update as small heatmaps with the
 * L2 norms of the full tensors.
 *
 * A tensor is shown as a [rows, columns] grid, columns being its last axis (a Dense kernel's
 * units, a convolution's filters) and rows everything before it; a bias is one row. Large grids
 * are average-pooled down to at most `MAX_MAP_VALUES` cells.
 */
import type { Optimizer } from '../../project/training';
import type { TrainerMessageOf } from '../../protocol';
import type { ModelLayer } from './modelLayers';
import { downsample, MAX_MAP_VALUES, quantise } from './quantize';
import type { StepValues } from './trainStep';

type StepDetail = Omit<TrainerMessageOf<'stepDetail'>, 'v' | 'type' | 'runId'>;
type ActivationMap = TrainerMessageOf<'activations'>['layers'][number];
type StepMap = StepDetail['layers'][number]['tensors'][number]['gradient'];

export interface StepDetailInput {
  epoch: number;
  batch: number;
  probeIndex: number;
  optimizer: Optimizer;
  learningRate: number;
  momentum: number;
  layers: readonly ModelLayer[];
  values: StepValues;
  /** The probe's maps, taken before the update; outputs are matched to layers by name. */
  forward: readonly ActivationMap[];
}

export function stepDetail(input: StepDetailInput): StepDetail {
  const outputs = new Map(
    input.forward.filter((m) => m.kind === 'output').map((m) => [m.name, m] as const),
  );
  const layers: StepDetail['layers'] = [];
  input.layers.forEach((layer, l) => {
    if (layer.variables.length === 0) return;
    const output = outputs.get(layer.name);
    layers.push({
      name: layer.name,
      forward: output
        ? { shape: output.shape, data: output.data, min: output.min, max: output.max }
        : null,
      tensors: layer.variables.map((v, i) => {
        const gradient = input.values.gradients[l]![i]!;
        const update = input.values.updates[l]![i]!;
        return {
          name: tensorName(v.name),
          shape: [...v.shape],
          gradient: gridMap(v.shape, gradient),
          gradientNorm: l2(gradient),
          update: gridMap(v.shape, update),
          updateNorm: l2(update),
        };
      }),
    });
  });
  return {
    epoch: input.epoch,
    batch: input.batch,
    probeIndex: input.probeIndex,
    optimizer: input.optimizer,
    learningRate: input.learningRate,
    momentum: input.optimizer === 'sgd' ? input.momentum : 0,
    layers,
  };
}

/**
 * 'dense_1/kernel_3' → 'kernel': tfjs keeps variable names unique with a numbered suffix, and no
 * weight's own name (kernel, bias, gamma, recurrent_kernel, …) ends in one.
 */
function tensorName(variableName: string): string {
  const own = variableName.slice(variableName.lastIndexOf('/') + 1).replace(/_\d+$/, '');
  return own || variableName;
}

function gridMap(shape: readonly number[], values: Float32Array): StepMap {
  const columns = shape.length > 0 ? shape[shape.length - 1]! : 1;
  const rows = values.length / Math.max(1, columns);
  const small = downsample([rows, columns, 1], values, MAX_MAP_VALUES);
  // A grid pools to [rows, columns, 1]; one too wide even for a single row comes back flat.
  const grid = small.shape.length === 3 ? small.shape.slice(0, 2) : small.shape;
  return { shape: grid, ...quantise(small.values) };
}

/** In double precision, so that many small terms do not vanish. */
export function l2(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += v * v;
  return Math.sqrt(sum);
}
