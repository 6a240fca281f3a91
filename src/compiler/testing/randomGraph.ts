/**
 * Test support: turns a list of random choices into a valid graph, using only the registry.
 * fast-check generates and shrinks the choices; this reads them. Steps that would make the graph
 * invalid are skipped, so every graph it returns analyses without errors.
 */
import { analyzeGraph } from '../../graph/analyze';
import { applyChanges } from '../../graph/changes';
import { addNode } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import type { AnyLayerDefinition } from '../../layers/definition';
import type { ParamSpec, ParamValue } from '../../layers/params';
import { allLayers } from '../../layers/registry';

export interface Step {
  layer: number;
  sources: [number, number];
  seeds: number[];
}

export interface Recipe {
  input: number[];
  steps: Step[];
}

const candidates: readonly AnyLayerDefinition[] = allLayers.filter(
  (d) => d.category !== 'Input' && d.category !== 'Output',
);

/** Small values inside each parameter's range, so the models stay quick to build. */
function pick(spec: ParamSpec, seed: number): ParamValue {
  const small = (min: number, max: number, s: number) =>
    min + (s % (Math.min(max, min + 5) - min + 1));
  switch (spec.kind) {
    case 'int':
      return small(spec.min, spec.max, seed);
    case 'float':
      return spec.min + ((seed % 10) / 10) * Math.min(spec.max - spec.min, 1);
    case 'bool':
      return seed % 2 === 0;
    case 'select':
      return spec.options[seed % spec.options.length]!.value;
    case 'multiselect':
      return spec.default;
    case 'int2':
      return [small(spec.min, spec.max, seed), small(spec.min, spec.max, seed >> 3)];
    case 'shape':
      return spec.default;
  }
}

/**
 * Adds a layer if it fits. If it does not, but its problem offers a fix (insert Flatten, a
 * Reshape that fits, padding 'same'), the fix is applied, as a user clicking it would.
 */
function tryAdd(
  graph: Graph,
  type: string,
  params: Record<string, ParamValue>,
  sources: readonly string[],
): { graph: Graph; ids: string[] } | null {
  const next = addNode(graph, [type, params], sources);
  const analysis = analyzeGraph(next.graph);
  if (analysis.nodes.get(next.id)!.outputShape !== null)
    return { graph: next.graph, ids: [next.id] };
  const fix = analysis.problems.find((p) => p.nodeIds.includes(next.id) && p.fix)?.fix;
  if (!fix) return null;
  const fixed = applyChanges(next.graph, fix.changes);
  const after = analyzeGraph(fixed);
  const newIds = fixed.nodes
    .filter((n) => !graph.nodes.some((o) => o.id === n.id))
    .map((n) => n.id);
  return newIds.every((id) => after.nodes.get(id)!.outputShape !== null)
    ? { graph: fixed, ids: newIds }
    : null;
}

function tryMergeWithBranch(
  graph: Graph,
  type: string,
  params: Record<string, ParamValue>,
  source: string,
): { graph: Graph; ids: string[] } | null {
  const branch = addNode(graph, ['Activation', { activation: 'tanh' }], [source]);
  const merged = tryAdd(branch.graph, type, params, [source, branch.id]);
  return merged ? { graph: merged.graph, ids: [branch.id, ...merged.ids] } : null;
}

export function buildGraph(recipe: Recipe): Graph {
  const start = addNode({ nodes: [], edges: [] }, ['Input', { shape: recipe.input }]);
  let graph = start.graph;
  const ids = [start.id];
  for (const step of recipe.steps) {
    const def = candidates[step.layer % candidates.length]!;
    const first = ids[step.sources[0] % ids.length]!;
    const second = ids[step.sources[1] % ids.length]!;
    if (def.inputs.min >= 2 && first === second) continue;
    const sources = def.inputs.min >= 2 ? [first, second] : [first];
    const params: Record<string, ParamValue> = {};
    Object.entries(def.params as Record<string, ParamSpec>).forEach(([key, spec], i) => {
      params[key] = pick(spec, step.seeds[i % step.seeds.length] ?? 0);
    });
    const added =
      tryAdd(graph, def.type, params, sources) ??
      // A merge of two unrelated tensors rarely fits; merge a tensor with a branch of itself instead.
      (def.inputs.min >= 2 ? tryMergeWithBranch(graph, def.type, params, first) : null);
    if (!added) continue;
    graph = added.graph;
    ids.push(...added.ids);
  }
  // Every layer whose result is unused feeds an Output, so the whole graph is one model.
  const used = new Set(graph.edges.map((e) => e.source));
  for (const leaf of ids.filter((i) => !used.has(i))) {
    graph = addNode(graph, ['Output', { loss: 'mean_squared_error', metrics: [] }], [leaf]).graph;
  }
  return graph;
}
