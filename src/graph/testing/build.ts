/** Test support: a terse way to write graphs in tests, `chain('Input', ['Dense', {units: 3}], 'Output')`. */
import { defaultParams } from '../../layers/defaults';
import type { ParamValue } from '../../layers/params';
import { getLayer } from '../../layers/registry';
import { freshId, freshName } from '../ids';
import type { Graph, GraphNode } from '../types';

export type NodeSpec = string | readonly [string, Record<string, ParamValue>];

export function makeNode(graph: Graph, spec: NodeSpec): GraphNode {
  const [type, over] = typeof spec === 'string' ? [spec, {}] : spec;
  const def = getLayer(type);
  if (!def) throw new Error(`No layer type '${type}' in the registry.`);
  return {
    id: freshId(graph, 'n'),
    type,
    name: freshName(graph, type),
    position: { x: 0, y: graph.nodes.length * 100 },
    params: { ...defaultParams(def), ...over },
  };
}

export function addNode(
  graph: Graph,
  spec: NodeSpec,
  from: readonly string[] = [],
): { graph: Graph; id: string } {
  const node = makeNode(graph, spec);
  let next: Graph = { ...graph, nodes: [...graph.nodes, node] };
  for (const source of from) {
    next = { ...next, edges: [...next.edges, { id: freshId(next, 'e'), source, target: node.id }] };
  }
  return { graph: next, id: node.id };
}

/** A straight chain of layers, each fed by the one before. */
export function chain(...specs: NodeSpec[]): Graph {
  let graph: Graph = { nodes: [], edges: [] };
  let previous: string | undefined;
  for (const spec of specs) {
    const added = addNode(graph, spec, previous ? [previous] : []);
    graph = added.graph;
    previous = added.id;
  }
  return graph;
}
