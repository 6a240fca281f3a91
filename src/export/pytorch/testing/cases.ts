/**
 * Test support: small graphs written as lists of layers, each fed by the layer before it or by
 * the layers named in `from` (indices into the list), and export models with weights that are
 * not their initial ones, so that every weight (biases, BatchNorm statistics) matters.
 */
import { compileGraph, getNodeWeights } from '../../../compiler/compile';
import { addNode, type NodeSpec } from '../../../graph/testing/build';
import type { Graph } from '../../../graph/types';
import { defaultTraining, type TrainingSettings } from '../../../project/training';
import type { NodeWeights } from '../../../project/weights';
import { buildExportModel } from '../../bundle/buildExportModel';
import type { ExportModel } from '../../bundle/types';

export type Step = NodeSpec | { spec: NodeSpec; from: readonly number[] };

export function graphOf(steps: readonly Step[]): Graph {
  let graph: Graph = { nodes: [], edges: [] };
  const ids: string[] = [];
  steps.forEach((step, i) => {
    const [spec, from] =
      typeof step === 'object' && 'spec' in step
        ? [step.spec, step.from]
        : [step, i > 0 ? [i - 1] : []];
    const added = addNode(
      graph,
      spec,
      from.map((j) => ids[j]!),
    );
    graph = added.graph;
    ids.push(added.id);
  });
  return graph;
}

/** Deterministic values in [−1, 1). */
function wave(count: number, phase: number): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => Math.sin(i * 12.9898 + phase * 78.233));
}

/**
 * The initial weights plus a small deterministic wave: kernels keep their initial scale, so deep
 * models stay in a sensible range, and biases, β, γ and the running statistics stop being 0 or 1.
 */
function perturbed(weights: NodeWeights): NodeWeights {
  let phase = 0;
  return Object.fromEntries(
    Object.entries(weights).map(([id, tensors]) => [
      id,
      tensors.map((t) => {
        const w = wave(t.values.length, (phase += 1));
        const values =
          t.name === 'moving_variance'
            ? w.map((v) => 0.5 + v * v)
            : t.values.map((v, i) => v + 0.2 * w[i]!);
        return { ...t, values };
      }),
    ]),
  );
}

export async function exportModelOf(
  graph: Graph,
  training: TrainingSettings = defaultTraining(),
): Promise<ExportModel> {
  const { model, topology } = await compileGraph(graph, { seed: training.seed });
  const weights = perturbed(getNodeWeights(model, topology));
  model.dispose();
  return buildExportModel({ graph, weights, training });
}
