/**
 * Test support: the ExportModel of a graph, built by the app's own `buildExportModel`, with weights
 * that test more than the initial ones. Biases and normalisation statistics start as constants
 * (zeros, ones), which would let an exporter that drops or misplaces them pass, so they get seeded
 * values first; kernels keep their seeded initial values.
 */
import { compileGraph, getNodeWeights } from '../../../compiler/compile';
import type { Graph } from '../../../graph/types';
import { defaultTraining } from '../../../project/training';
import type { NodeWeights } from '../../../project/weights';
import { buildExportModel } from '../../bundle/buildExportModel';
import type { ExportModel } from '../../bundle/types';

/** Deterministic values in [−1, 1) (mulberry32), so failures reproduce. */
function seededValues(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return out;
}

/** Weights that start as constants, by name, and the seeded values they get; variances stay positive. */
const VARY: Readonly<Record<string, (v: number) => number>> = {
  bias: (v) => 0.5 * v,
  beta: (v) => 0.5 * v,
  moving_mean: (v) => 0.5 * v,
  gamma: (v) => 1 + 0.5 * v,
  moving_variance: (v) => 1 + 0.5 * v,
};

function varyConstants(weights: NodeWeights): NodeWeights {
  let seed = 1000;
  return Object.fromEntries(
    Object.entries(weights).map(([id, tensors]) => [
      id,
      tensors.map((t) => {
        const f = VARY[t.name];
        return f ? { ...t, values: seededValues(t.values.length, seed++).map(f) } : t;
      }),
    ]),
  );
}

export async function exportModelOf(graph: Graph, seed = 7): Promise<ExportModel> {
  const { model, topology } = await compileGraph(graph, { seed });
  const weights = varyConstants(getNodeWeights(model, topology));
  model.dispose();
  return buildExportModel({ graph, weights, training: { ...defaultTraining(), seed } });
}
