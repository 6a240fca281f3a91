/**
 * Graph → Keras functional-model JSON. This is the single description of a model that the tfjs
 * compiler loads and that the exporters read, so what trains is what gets exported.
 */
import { analyzeGraph, type GraphAnalysis } from '../graph/analyze';
import type { Problem } from '../graph/problems';
import type { Graph, GraphNode } from '../graph/types';
import { getLayer } from '../layers/registry';
import type { Shape } from '../layers/shape';
import { kerasModelJson, type KerasModelJson, type KerasModelLayer } from './kerasModel';

export interface ModelOutput {
  /** The Output node that marks this model output. */
  outputNodeId: string;
  /** The Keras layer whose tensor is the output. */
  layerName: string;
  shape: Shape;
  loss: string;
  metrics: readonly string[];
}

export interface ModelInput {
  nodeId: string;
  layerName: string;
  shape: Shape;
}

export interface KerasTopology {
  json: KerasModelJson;
  inputs: readonly ModelInput[];
  outputs: readonly ModelOutput[];
  /** Node id → Keras layer name, for every node that builds a layer. */
  layerNames: ReadonlyMap<string, string>;
}

export type ToKerasResult =
  { ok: true; topology: KerasTopology } | { ok: false; problems: readonly Problem[] };

/** Keras layer names allow letters, digits and `_ . -`; anything else becomes `_`. */
function kerasName(name: string, taken: Set<string>): string {
  const base = name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[^A-Za-z]/, 'l$&') || 'layer';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
  taken.add(candidate);
  return candidate;
}

export function graphToKeras(
  graph: Graph,
  analysis: GraphAnalysis = analyzeGraph(graph),
  modelName = 'neurocanvas_model',
): ToKerasResult {
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: errors };

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, string[]>();
  for (const n of graph.nodes) incoming.set(n.id, []);
  for (const e of graph.edges) incoming.get(e.target)?.push(e.source);

  // Only what feeds an Output becomes part of the model.
  const outputNodes = graph.nodes.filter((n) => getLayer(n.type)?.category === 'Output');
  const needed = new Set<string>();
  const stack = outputNodes.flatMap((n) => incoming.get(n.id)!);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (needed.has(id)) continue;
    needed.add(id);
    stack.push(...incoming.get(id)!);
  }

  const taken = new Set<string>();
  const layerNames = new Map<string, string>();
  const layers: KerasModelLayer[] = [];
  const inputs: ModelInput[] = [];
  for (const id of analysis.order) {
    if (!needed.has(id)) continue;
    const node = byId.get(id)!;
    const def = getLayer(node.type)!;
    const facts = analysis.nodes.get(id)!;
    const keras = def.toKeras(node.params, facts.inputShapes);
    if (!keras) continue;
    const name = kerasName(node.name, taken);
    layerNames.set(id, name);
    layers.push({ ...keras, name, inbound: incoming.get(id)!.map((src) => layerNames.get(src)!) });
    if (def.category === 'Input')
      inputs.push({ nodeId: id, layerName: name, shape: facts.outputShape! });
  }

  const outputs = outputNodes.map((n) =>
    outputOf(n, incoming.get(n.id)![0]!, layerNames, analysis),
  );
  const json = kerasModelJson(
    modelName,
    layers,
    inputs.map((i) => i.layerName),
    outputs.map((o) => o.layerName),
  );
  return { ok: true, topology: { json, inputs, outputs, layerNames } };
}

function outputOf(
  node: GraphNode,
  sourceId: string,
  layerNames: ReadonlyMap<string, string>,
  analysis: GraphAnalysis,
): ModelOutput {
  return {
    outputNodeId: node.id,
    layerName: layerNames.get(sourceId)!,
    shape: analysis.nodes.get(sourceId)!.outputShape!,
    loss: String(node.params.loss),
    metrics: (node.params.metrics as readonly string[] | undefined) ?? [],
  };
}

/**
 * A seed for one random choice of a run, derived from the run's seed and a name for the choice
 * (e.g. 'dense_1/kernel_initializer'), so every layer draws its own numbers and adding a layer does
 * not change the others'. 32-bit FNV-1a over the seed and the name, kept to Keras' 31-bit range.
 */
export function deriveSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}/${name}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}

/**
 * The model with every unseeded random choice seeded from `seed`: each initializer whose config has
 * `seed: null`, and the `seed` of layers that draw at training time (Dropout). The same seed then
 * builds the same starting weights on every backend, because tfjs draws them in JavaScript.
 */
export function seedKerasModel(json: KerasModelJson, seed: number): KerasModelJson {
  const layers = json.config.layers.map((layer) => {
    const config: Record<string, unknown> = { ...layer.config };
    for (const [key, value] of Object.entries(config)) {
      if (key === 'seed' && value === null) config[key] = deriveSeed(seed, `${layer.name}/${key}`);
      else if (isUnseededInitializer(value))
        config[key] = {
          ...value,
          config: { ...value.config, seed: deriveSeed(seed, `${layer.name}/${key}`) },
        };
    }
    return { ...layer, config };
  });
  return { ...json, config: { ...json.config, layers } };
}

function isUnseededInitializer(
  value: unknown,
): value is { class_name: string; config: Record<string, unknown> } {
  if (!value || typeof value !== 'object' || !('class_name' in value) || !('config' in value))
    return false;
  const config = (value as { config: unknown }).config;
  return !!config && typeof config === 'object' && (config as { seed?: unknown }).seed === null;
}
