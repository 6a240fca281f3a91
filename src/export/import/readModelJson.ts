/**
 * Imports a Keras / TensorFlow.js Layers model.json as a NeuroCanvas graph, laid out on the
 * canvas, with its weights when the weight data is given. Never throws: every problem with the
 * file comes back as `{ ok: false, error }` in words for the user.
 */
import { analyzeGraph, type GraphAnalysis } from '../../graph/analyze';
import { layoutGraph } from '../../graph/layout';
import { topology } from '../../graph/topology';
import type { Graph, GraphNode } from '../../graph/types';
import type { NodeWeights } from '../../project/weights';
import { buildLayerNodes } from './buildGraph';
import { readModelDocument, weightPathsOf } from './document';
import { fail, ImportError } from './json';
import type { LayerList } from './layerList';
import { readModelLayers } from './modelLayers';
import { NodeNames } from './names';
import { buildOutputNodes } from './outputs';
import { readWeights, type WeightTarget } from './weights';

export interface ImportOptions {
  /** The weight files listed in the manifest, concatenated in manifest order. */
  weightData?: ArrayBuffer | Uint8Array;
}

export type ImportResult =
  | { ok: true; graph: Graph; weights?: NodeWeights; warnings: string[] }
  | { ok: false; error: string };

/** Far beyond the topology of any real model; the weights live in separate files. */
const MAX_TEXT_LENGTH = 256 * 1024 * 1024;

export function readModelJson(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importModel(text, options);
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, error: err.message };
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `The model could not be imported: ${detail}` };
  }
}

/** The weight files a model.json lists, relative to its folder, in the order their data follows. */
export function listWeightFiles(
  text: string,
): { ok: true; paths: string[] } | { ok: false; error: string } {
  try {
    return { ok: true, paths: weightPathsOf(parse(text)) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function parse(text: string): unknown {
  if (typeof text !== 'string') fail('The model file should be text (JSON).');
  if (text.length > MAX_TEXT_LENGTH) {
    fail('model.json is larger than 256 MB; that is not a model topology.');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? ` (${err.message})` : '';
    fail(`model.json is not valid JSON; it may be cut off or damaged${detail}.`);
  }
}

function importModel(text: string, options: ImportOptions): ImportResult {
  const doc = readModelDocument(parse(text));
  const list = readModelLayers(doc.model);
  const warnings: string[] = [];
  const names = new NodeNames();

  const layers = buildLayerNodes(list, names);
  const layerGraph: Graph = { nodes: layers.nodes, edges: layers.edges };
  refuseCycles(layerGraph);
  const analysis = analyzeGraph(layerGraph);
  const outputs = buildOutputNodes({
    layerNodes: layers.nodes,
    outputs: list.outputs,
    kerasNames: list.layers.map((l) => l.name),
    analysis,
    trainingConfig: doc.trainingConfig,
    names,
    firstEdgeNumber: layers.edges.length + 1,
    warnings,
  });
  const renamed = names.warning();
  if (renamed) warnings.unshift(renamed);
  const graph = layoutGraph({
    nodes: [...layers.nodes, ...outputs.nodes],
    edges: [...layers.edges, ...outputs.edges],
  });

  reportProblems(graph, warnings);

  if (options.weightData === undefined) return { ok: true, graph, warnings };
  if (doc.weightEntries === null) {
    warnings.push('Weight data was given, but model.json lists no weights, so none were imported.');
    return { ok: true, graph, warnings };
  }
  const weights = readWeights(
    doc.weightEntries,
    bytesOf(options.weightData),
    weightTargets(list, layers.nodeIds),
    warnings,
  );
  if (Object.keys(weights).length === 0 || !weightsFit(weights, layers.nodes, analysis, warnings)) {
    return { ok: true, graph, warnings };
  }
  return { ok: true, graph, weights, warnings };
}

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  fail('The weight data should be binary (an ArrayBuffer or Uint8Array).');
}

/** Keras layer name → node; a name that several layers share maps to no node. */
function weightTargets(list: LayerList, nodeIds: readonly string[]): Map<string, WeightTarget> {
  const targets = new Map<string, WeightTarget>();
  list.layers.forEach((layer, i) => {
    if (layer.synthetic) return;
    targets.set(layer.name, { nodeId: targets.has(layer.name) ? null : nodeIds[i]! });
  });
  return targets;
}

function refuseCycles(graph: Graph): void {
  const cycle = topology(graph).cycles[0];
  if (!cycle) return;
  const byId = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const names = cycle.map((id) => `'${byId.get(id)}'`);
  fail(
    `The model's connections form a loop, which no Keras model can have: ${[...names, names[0]].join(' → ')}.`,
  );
}

/**
 * Whether each layer's weights hold as many values as the layer has parameters. When they do
 * not, the layer was read differently from how it was saved, so the weights are left out (the
 * architecture alone is still useful) and a warning says which layer.
 */
function weightsFit(
  weights: NodeWeights,
  nodes: readonly GraphNode[],
  analysis: GraphAnalysis,
  warnings: string[],
): boolean {
  const missing: string[] = [];
  for (const node of nodes) {
    const facts = analysis.nodes.get(node.id);
    if (!facts || facts.outputShape === null) continue;
    const expected = facts.params.trainable + facts.params.nonTrainable;
    const stored = (weights[node.id] ?? []).reduce((n, t) => n + t.values.length, 0);
    if (stored === 0 && expected > 0) {
      missing.push(`'${node.name}'`);
    } else if (stored !== expected) {
      warnings.push(
        `The weights were not imported: layer '${node.name}' has ${stored.toLocaleString('en-US')} stored values, but as imported it has ${expected.toLocaleString('en-US')} parameters.`,
      );
      return false;
    }
  }
  if (missing.length > 0) {
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    warnings.push(
      `The file holds no weights for ${missing.slice(0, 5).join(', ')}${more}; they start from fresh values.`,
    );
  }
  return true;
}

/**
 * A model can import and still not train here, e.g. a Dense layer applied to a 3-D tensor, which
 * Keras allows and NeuroCanvas asks to flatten first. The canvas shows each problem; the import
 * says that there are some.
 */
function reportProblems(graph: Graph, warnings: string[]): void {
  const errors = analyzeGraph(graph).problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return;
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  warnings.push(
    `The imported model has ${count} to fix before it can train. The first: ${first.message}`,
  );
}
