/** A new layer of a registered type, placed with its centre at a point of the canvas. */
import type { GraphChange } from '../../../src/graph/changes';
import { freshId, freshName } from '../../../src/graph/ids';
import { LAYOUT_NODE_HEIGHT, LAYOUT_NODE_WIDTH } from '../../../src/graph/layout';
import type { Graph, GraphNode, Position } from '../../../src/graph/types';
import { defaultParams } from '../../../src/layers/defaults';
import { getLayer } from '../../../src/layers/registry';

export function newLayerNode(graph: Graph, type: string, centre: Position): GraphNode | null {
  const def = getLayer(type);
  if (!def) return null;
  return {
    id: freshId(graph, 'n'),
    type: def.type,
    name: freshName(graph, def.type),
    position: {
      x: Math.round(centre.x - LAYOUT_NODE_WIDTH / 2),
      y: Math.round(centre.y - LAYOUT_NODE_HEIGHT / 2),
    },
    params: defaultParams(def),
  };
}

export function addLayerChange(graph: Graph, type: string, centre: Position): GraphChange | null {
  const node = newLayerNode(graph, type, centre);
  return node && { type: 'addNode', node };
}

/** `centre`, or a step down and right of it until the new layer would cover no other layer. */
export function freeSpot(graph: Graph, centre: Position): Position {
  const spot = { x: Math.round(centre.x), y: Math.round(centre.y) };
  const covers = (p: Position) =>
    graph.nodes.some(
      (n) =>
        Math.abs(n.position.x + LAYOUT_NODE_WIDTH / 2 - p.x) < LAYOUT_NODE_WIDTH &&
        Math.abs(n.position.y + LAYOUT_NODE_HEIGHT / 2 - p.y) < LAYOUT_NODE_HEIGHT,
    );
  for (let i = 0; i < 100 && covers(spot); i++) {
    spot.x += 40;
    spot.y += 40;
  }
  return spot;
}

/** Where a layer goes when there is no view to centre it in: below everything else. */
export function belowAll(graph: Graph): Position {
  if (graph.nodes.length === 0) return { x: LAYOUT_NODE_WIDTH / 2, y: LAYOUT_NODE_HEIGHT / 2 };
  const x = Math.min(...graph.nodes.map((n) => n.position.x));
  const y = Math.max(...graph.nodes.map((n) => n.position.y));
  return { x: x + LAYOUT_NODE_WIDTH / 2, y: y + LAYOUT_NODE_HEIGHT * 2 };
}
