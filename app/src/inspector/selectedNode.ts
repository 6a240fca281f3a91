import type { Graph, GraphNode } from '../../../src/graph/types';

/** The one selected layer that still exists, and how many selected layers exist. */
export function liveSelectedNode(
  graph: Graph,
  selected: readonly string[],
): { node: GraphNode | null; count: number } {
  const nodes = graph.nodes.filter((n) => selected.includes(n.id));
  return { node: nodes.length === 1 ? nodes[0]! : null, count: nodes.length };
}
