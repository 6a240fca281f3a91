/**
 * Counting hidden layers as a lecture does: the learned layers (Dense, Maxout, convolutions,
 * recurrent layers) minus the last one on each path, which produces the model's answer. Inputs,
 * activations, dropout, pooling, reshaping and normalisation are steps between layers, not layers
 * of their own in this count: the spiral MLP Input → Dense → Dense → Dense → Output has two.
 */
import { cachedTopology } from '../graph/topology';
import type { Graph, GraphNode } from '../graph/types';
import { getLayer } from '../layers/registry';

const LEARNED_TYPES = new Set(['Dense', 'Maxout']);
const LEARNED_CATEGORIES = new Set(['Convolution', 'Recurrent']);

export function isLearnedLayer(node: GraphNode): boolean {
  const category = getLayer(node.type)?.category;
  return (
    LEARNED_TYPES.has(node.type) || (category !== undefined && LEARNED_CATEGORIES.has(category))
  );
}

export function hiddenLayerCount(graph: Graph): number {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const { order, outgoing } = cachedTopology(graph);
  // Whether a learned layer lies anywhere downstream of a node, filled in from the outputs back.
  const feedsLearned = new Map<string, boolean>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    feedsLearned.set(
      id,
      (outgoing.get(id) ?? []).some(({ target }) => {
        const node = byId.get(target);
        return (node !== undefined && isLearnedLayer(node)) || feedsLearned.get(target) === true;
      }),
    );
  }
  return graph.nodes.filter((n) => isLearnedLayer(n) && feedsLearned.get(n.id) === true).length;
}
