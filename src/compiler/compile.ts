/** Graph → a live tfjs model, with imported or trained weights put in place. */
import type * as tfTypes from '@tensorflow/tfjs';
import { analyzeGraph, type GraphAnalysis } from '../graph/analyze';
import type { Problem } from '../graph/problems';
import type { Graph } from '../graph/types';
import type { NodeWeights, WeightTensor } from '../project/weights';
import { registerCustomLayers } from './customLayers';
import { loadTf } from './tf';
import { graphToKeras, seedKerasModel, type KerasTopology } from './toKeras';

export class CompileError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export interface CompiledModel {
  model: tfTypes.LayersModel;
  topology: KerasTopology;
}

export async function compileGraph(
  graph: Graph,
  options: {
    weights?: NodeWeights;
    analysis?: GraphAnalysis;
    /** Seeds every initializer and Dropout layer, so the same seed builds the same model. */
    seed?: number;
  } = {},
): Promise<CompiledModel> {
  const result = graphToKeras(graph, options.analysis ?? analyzeGraph(graph));
  if (!result.ok) {
    const first = result.problems[0]!.message;
    const more =
      result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : '';
    throw new CompileError(`The model cannot be built: ${first}${more}`, result.problems);
  }
  const json =
    options.seed === undefined
      ? result.topology.json
      : seedKerasModel(result.topology.json, options.seed);
  const tf = await loadTf();
  registerCustomLayers(tf);
  const model = await tf.models.modelFromJSON(json as never);
  if (options.weights) {
    try {
      setNodeWeights(tf, model, result.topology, options.weights);
    } catch (err) {
      model.dispose();
      throw err;
    }
  }
  return { model, topology: result.topology };
}

/** Puts stored weights on their layers, checking every shape first. */
export function setNodeWeights(
  tf: typeof tfTypes,
  model: tfTypes.LayersModel,
  topology: KerasTopology,
  weights: NodeWeights,
): void {
  for (const [nodeId, tensors] of Object.entries(weights)) {
    const name = topology.layerNames.get(nodeId);
    if (!name) continue; // A node outside the model (not feeding an Output) keeps its weights unused.
    const layer = model.getLayer(name);
    const expected = layer.weights.map((w) => w.shape);
    const same =
      expected.length === tensors.length &&
      expected.every(
        (shape, i) =>
          shape.length === tensors[i]!.shape.length &&
          shape.every((d, j) => d === tensors[i]!.shape[j]),
      );
    if (!same) {
      const show = (shapes: readonly (readonly (number | null)[])[]) =>
        shapes.map((s) => `[${s.join(',')}]`).join(' ');
      throw new CompileError(
        `The stored weights of '${name}' do not fit the layer: it needs ${show(expected)} but the project has ${show(tensors.map((t) => t.shape))}. Its parameters were changed after training; train again or reset its weights.`,
      );
    }
    const values = tensors.map((t) => tf.tensor(t.values, [...t.shape], 'float32'));
    layer.setWeights(values);
    tf.dispose(values);
  }
}

/** Reads every layer's current weights back, keyed by node id, ready to save in the project. */
export function getNodeWeights(model: tfTypes.LayersModel, topology: KerasTopology): NodeWeights {
  const out: Record<string, WeightTensor[]> = {};
  for (const [nodeId, name] of topology.layerNames) {
    const layer = model.getLayer(name);
    if (layer.weights.length === 0) continue;
    out[nodeId] = layer.weights.map((w) => ({
      // tfjs names weights '<layer>/<weight>'; keep the part that is the weight's own.
      name: w.originalName.split('/').pop() ?? w.originalName,
      shape: w.shape as number[],
      values: new Float32Array(w.read().dataSync()),
    }));
  }
  return out;
}
