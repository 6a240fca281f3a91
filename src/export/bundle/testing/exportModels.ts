/**
 * Test support: export models built the production way (`buildExportModel`), with weights that
 * differ from every initial value, so an exporter that drops or reorders a weight is caught.
 */
import { compileGraph, getNodeWeights } from '../../../compiler/compile';
import type { Dataset } from '../../../data/types';
import type { Graph } from '../../../graph/types';
import type { DatasetRef } from '../../../project/project';
import { defaultTraining, type TrainingSettings } from '../../../project/training';
import type { NodeWeights } from '../../../project/weights';
import { buildExportModel } from '../buildExportModel';
import type { ExportModel } from '../types';

/** Deterministic values in (-0.9, 0.9); variances are kept positive. */
export function perturbedWeights(weights: NodeWeights): NodeWeights {
  let phase = 0;
  return Object.fromEntries(
    Object.entries(weights).map(([id, tensors]) => [
      id,
      tensors.map((t) => {
        phase += 1;
        const values = Float32Array.from(
          { length: t.values.length },
          (_, i) => Math.sin(i * 12.9898 + phase) * 0.9,
        );
        if (t.name === 'moving_variance') values.forEach((v, i) => (values[i] = 0.5 + v * v));
        return { ...t, values };
      }),
    ]),
  );
}

export async function exportModelOf(
  graph: Graph,
  options: {
    training?: Partial<TrainingSettings>;
    dataset?: Dataset;
    datasetRef?: DatasetRef;
    name?: string;
  } = {},
): Promise<ExportModel> {
  const training = { ...defaultTraining(), ...options.training };
  const { model, topology } = await compileGraph(graph, { seed: training.seed });
  const weights = perturbedWeights(getNodeWeights(model, topology));
  model.dispose();
  return buildExportModel(
    {
      ...(options.name !== undefined ? { name: options.name } : {}),
      graph,
      weights,
      training,
      ...(options.datasetRef ? { dataset: options.datasetRef } : {}),
    },
    options.dataset ? { loadedDataset: options.dataset } : {},
  );
}
