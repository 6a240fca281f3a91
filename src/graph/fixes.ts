/** Turns a layer's fix hint into concrete graph changes, since only the graph knows the edges. */
import { getLayer } from '../layers/registry';
import { defaultParams } from '../layers/defaults';
import type { FixHint } from '../layers/issue';
import type { ParamValue } from '../layers/params';
import type { GraphFix } from './problems';
import { freshId, freshName } from './ids';
import type { Graph, GraphEdge, GraphNode } from './types';

export function fixFromHint(
  graph: Graph,
  node: GraphNode,
  incoming: readonly GraphEdge[],
  hint: FixHint,
): GraphFix | undefined {
  if (hint.kind === 'setParams') {
    return {
      label: hint.label,
      text: hint.text,
      changes: [
        { type: 'setParams', id: node.id, params: hint.params as Record<string, ParamValue> },
      ],
    };
  }
  const def = getLayer(hint.layerType);
  const edge = incoming[0];
  if (!def || !edge) return undefined;
  const source = graph.nodes.find((n) => n.id === edge.source);
  const position = source
    ? { x: (source.position.x + node.position.x) / 2, y: (source.position.y + node.position.y) / 2 }
    : { x: node.position.x, y: node.position.y - 80 };
  return {
    label: hint.label,
    text: hint.text,
    changes: [
      {
        type: 'insertOnEdge',
        edgeId: edge.id,
        newEdgeId: freshId(graph, 'e'),
        node: {
          id: freshId(graph, 'n'),
          type: def.type,
          name: freshName(graph, def.type),
          position,
          params: {
            ...defaultParams(def),
            ...(hint.params as Record<string, ParamValue> | undefined),
          },
        },
      },
    ],
  };
}
