/**
 * Copying layers: the part of a graph made of some nodes and the edges among them, and the changes
 * that add such a part to a graph under fresh ids (and fresh names where a name is taken).
 */
import { applyChange, type GraphChange } from '../../../src/graph/changes';
import { freshId, freshName } from '../../../src/graph/ids';
import type { Graph, Position } from '../../../src/graph/types';

/** The nodes with these ids and only the edges that run between them. */
export function subgraphOf(graph: Graph, ids: Iterable<string>): Graph {
  const keep = new Set(ids);
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export interface Insertion {
  changes: GraphChange[];
  /** Ids of the added nodes, in the order of `part.nodes`. */
  nodeIds: string[];
}

/** Changes that add `part` to `graph`, every node moved by `offset`. */
export function insertSubgraph(graph: Graph, part: Graph, offset: Position): Insertion {
  const changes: GraphChange[] = [];
  const newIds = new Map<string, string>();
  let working = graph;
  const push = (change: GraphChange) => {
    changes.push(change);
    working = applyChange(working, change);
  };
  for (const node of part.nodes) {
    const id = freshId(working, 'n');
    newIds.set(node.id, id);
    const taken = working.nodes.some((n) => n.name === node.name);
    push({
      type: 'addNode',
      node: {
        ...node,
        id,
        name: taken ? freshName(working, node.type) : node.name,
        position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      },
    });
  }
  for (const edge of part.edges) {
    const source = newIds.get(edge.source);
    const target = newIds.get(edge.target);
    if (source && target)
      push({ type: 'addEdge', edge: { id: freshId(working, 'e'), source, target } });
  }
  return { changes, nodeIds: [...newIds.values()] };
}

/** The centre of the nodes' top-left corners; where a pasted group is anchored. */
export function centreOf(graph: Graph): Position {
  if (graph.nodes.length === 0) return { x: 0, y: 0 };
  const xs = graph.nodes.map((n) => n.position.x);
  const ys = graph.nodes.map((n) => n.position.y);
  return {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
}
