/**
 * Turns the layers of a Keras model into graph nodes and edges: each layer through the registry
 * definition that claims its Keras class, with every parameter checked against the schema.
 */
import type { GraphEdge, GraphNode } from '../../graph/types';
import { defaultParams } from '../../layers/defaults';
import type { AnyLayerDefinition, FromKerasResult } from '../../layers/definition';
import { checkNodeParams } from '../../layers/paramCheck';
import type { ParamValue } from '../../layers/params';
import { layerForKerasClass } from '../../layers/registry';
import { fail, type JsonObject } from './json';
import type { KerasNode, LayerList } from './layerList';
import type { NodeNames } from './names';

/** Keras classes that are whole models; a model nested in a model is not flattened. */
const MODEL_CLASSES = new Set(['Sequential', 'Model', 'Functional']);

export interface BuiltLayers {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node id of each layer, by its position in the layer list. */
  nodeIds: readonly string[];
}

/** Nodes are numbered n1, n2 … in the order of the file's layers; edges e1, e2 … likewise. */
export function buildLayerNodes(list: LayerList, names: NodeNames): BuiltLayers {
  const defs = definitionsFor(list.layers);
  const nodeIds = list.layers.map((_, i) => `n${i + 1}`);
  const nodes = list.layers.map((layer, i) => ({
    id: nodeIds[i]!,
    type: defs[i]!.type,
    name: names.claim(layer.name),
    position: { x: 0, y: 0 },
    params: readParams(layer, defs[i]!),
  }));
  const edges: GraphEdge[] = [];
  list.layers.forEach((layer, i) => {
    for (const source of layer.inbound) {
      edges.push({ id: `e${edges.length + 1}`, source: nodeIds[source]!, target: nodeIds[i]! });
    }
  });
  return { nodes, edges, nodeIds };
}

/** The definition of every layer; when some classes are unknown, one message names them all. */
function definitionsFor(layers: readonly KerasNode[]): AnyLayerDefinition[] {
  const defs: AnyLayerDefinition[] = [];
  const unsupported: KerasNode[] = [];
  for (const layer of layers) {
    const def = layerForKerasClass(layer.className);
    if (def?.fromKeras) defs.push(def);
    else unsupported.push(layer);
  }
  const first = unsupported[0];
  if (!first) return defs;
  const others = unsupported.slice(1);
  const more =
    others.length === 0
      ? ''
      : ` Other layers NeuroCanvas cannot import: ${others
          .slice(0, 5)
          .map((l) => `'${l.name}' (${l.className})`)
          .join(', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}.`;
  if (MODEL_CLASSES.has(first.className)) {
    fail(
      `Layer '${first.name}' is a whole ${first.className} model nested inside this one; NeuroCanvas imports flat models only.${more}`,
    );
  }
  fail(
    `Layer '${first.name}' uses Keras class '${first.className}', which NeuroCanvas does not support.${more}`,
  );
}

/** The layer's parameters: what its definition reads from the config, defaults for the rest. */
function readParams(layer: KerasNode, def: AnyLayerDefinition): Record<string, ParamValue> {
  const where = `Layer '${layer.name}' (${layer.className})`;
  let result: FromKerasResult<Record<string, ParamValue>>;
  try {
    result = def.fromKeras!.read(layer.className, layer.config as JsonObject);
  } catch (err) {
    fail(
      `${where}: its settings could not be read (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (!result.ok) fail(`${where}: ${result.message}.`);

  const params = defaultParams(def);
  for (const [key, value] of Object.entries(result.params)) {
    if (Object.hasOwn(params, key) && value !== undefined) params[key] = value;
  }
  const problems = checkNodeParams(def, params);
  if (problems.length > 0) fail(`${where}: ${problems.map((p) => p.message).join('; ')}.`);
  return params;
}
