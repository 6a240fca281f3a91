/**
 * Automatic layout for graphs that arrive without positions (imported models): layers flow top to
 * bottom in ranks, as in the usual drawings of networks, with dagre placing branches side by side
 * and ordering them to keep edges from crossing.
 */
import dagre from '@dagrejs/dagre';
import { rankLayout } from './layoutRanks';
import type { Graph, Position } from './types';

/** The space a node takes on the canvas, roomy enough for its name and key parameters. */
export const LAYOUT_NODE_WIDTH = 180;
export const LAYOUT_NODE_HEIGHT = 64;
/** Gaps between neighbours in a rank, and between ranks (room for the shape label on an edge). */
const NODE_GAP = 40;
const RANK_GAP = 56;
/** Beyond this many nodes dagre takes seconds; the plain ranked layout takes milliseconds. */
const DAGRE_MAX_NODES = 2_000;

/** The graph with every node moved; positions are top-left corners, whole pixels, from (0, 0). */
export function layoutGraph(graph: Graph): Graph {
  if (graph.nodes.length === 0) return graph;
  const positions =
    (graph.nodes.length <= DAGRE_MAX_NODES ? dagreLayout(graph) : null) ??
    rankLayout(graph, {
      width: LAYOUT_NODE_WIDTH,
      height: LAYOUT_NODE_HEIGHT,
      nodeGap: NODE_GAP,
      rankGap: RANK_GAP,
    });
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
}

/** dagre's layout, or null when it fails (its searches recurse, so very deep chains overflow). */
function dagreLayout(graph: Graph): Map<string, Position> | null {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes)
    g.setNode(n.id, { width: LAYOUT_NODE_WIDTH, height: LAYOUT_NODE_HEIGHT });
  // dagre keeps one edge per pair; a layer fed twice by the same source (Add(x, x)) needs only one.
  for (const e of graph.edges) {
    if (g.hasNode(e.source) && g.hasNode(e.target) && e.source !== e.target)
      g.setEdge(e.source, e.target);
  }
  try {
    dagre.layout(g);
  } catch {
    return null;
  }
  const positions = new Map<string, Position>();
  for (const n of graph.nodes) {
    const placed = g.node(n.id);
    positions.set(n.id, {
      x: Math.round(placed.x! - LAYOUT_NODE_WIDTH / 2),
      y: Math.round(placed.y! - LAYOUT_NODE_HEIGHT / 2),
    });
  }
  return positions;
}
