/**
 * Builds the `ExportModel` every target reads: the model compiled exactly as it trains, its weights
 * per Keras layer, and what it outputs for a few fixed examples. This is the one step of an export
 * that runs tfjs; the targets themselves are pure.
 */
import { compileGraph, getNodeWeights } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import type { Dataset } from '../../data/types';
import type { Graph } from '../../graph/types';
import type { DatasetRef, Project } from '../../project/project';
import type { TrainingSettings } from '../../project/training';
import type { NodeWeights } from '../../project/weights';
import { sampleInputs } from './samples';
import type { ExportModel, ExportTensor, ExportWeight } from './types';

export interface ExportSource {
  /** The project's name, for the bundle's READMEs. */
  name?: string;
  graph: Graph;
  /** Trained or imported weights; without them the model carries its seeded initial weights. */
  weights?: NodeWeights;
  training: TrainingSettings;
  dataset?: DatasetRef | null;
}

export interface BuildExportOptions {
  /** The project's dataset, already loaded, to take the sample inputs from. */
  loadedDataset?: Dataset;
  /** How many sample examples; a small default keeps bundles small. */
  sampleCount?: number;
}

export function exportSourceOf(project: Project): ExportSource {
  return {
    name: project.name,
    graph: project.graph,
    ...(project.weights ? { weights: project.weights } : {}),
    training: project.training,
    dataset: project.dataset,
  };
}

/** Throws a `CompileError` (from the compiler) when the graph has errors, naming the first. */
export async function buildExportModel(
  source: ExportSource,
  options: BuildExportOptions = {},
): Promise<ExportModel> {
  const trained = source.weights !== undefined && Object.keys(source.weights).length > 0;
  const { model, topology } = await compileGraph(source.graph, {
    ...(trained ? { weights: source.weights } : {}),
    seed: source.training.seed,
  });
  const tf = await loadTf();
  try {
    const byNode = getNodeWeights(model, topology);
    const weights = new Map<string, ExportWeight[]>();
    for (const layer of topology.json.config.layers) weights.set(layer.name, []);
    for (const [nodeId, tensors] of Object.entries(byNode)) {
      const name = topology.layerNames.get(nodeId)!;
      weights.set(
        name,
        tensors.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values })),
      );
    }

    const inputs = sampleInputs(
      topology.inputs.map((i) => i.shape),
      {
        seed: source.training.seed,
        ...(options.loadedDataset ? { dataset: options.loadedDataset } : {}),
        ...(options.sampleCount !== undefined ? { count: options.sampleCount } : {}),
      },
    );
    const xs = inputs.map((t) => tf.tensor(t.values, [...t.shape], 'float32'));
    const predicted = model.predict(xs.length === 1 ? xs[0]! : xs);
    const ys = Array.isArray(predicted) ? predicted : [predicted];
    const outputs = ys.map((y): ExportTensor => ({
      shape: [...y.shape],
      values: new Float32Array(y.dataSync()),
    }));
    tf.dispose([...xs, ...ys]);

    return {
      ...(source.name !== undefined ? { name: source.name } : {}),
      topology,
      weights,
      trained,
      training: source.training,
      ...(source.dataset ? { datasetId: source.dataset.id } : {}),
      samples: { inputs, outputs },
    };
  } finally {
    model.dispose();
  }
}
