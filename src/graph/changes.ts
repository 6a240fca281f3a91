/**
 * Edits to the graph are data. `applyChange` is pure: it returns a new graph and never mutates.
 * Undo, the canvas and fixes offered by validation all speak this one language.
 */
import type { ParamValue } from '../layers/params';
import type { Graph, GraphEdge, GraphNode, Position } from './types';

export type GraphChange =
  | { type: 'addNode'; node: GraphNode }
  | { type: 'removeNodes'; ids: readonly string[] }
  | { type: 'moveNodes'; moves: readonly { id: string; position: Position }[] }
  | { type: 'setParams'; id: string; params: Readonly<Record<string, ParamValue>> }
  | { type: 'renameNode'; id: string; name: string }
  | { type: 'addEdge'; edge: GraphEdge }
  | { type: 'removeEdges'; ids: readonly string[] }
  /** Puts `node` on the edge `edgeId`: source → node → target, keeping the edge's place in order. */
  | { type: 'insertOnEdge'; edgeId: string; node: GraphNode; newEdgeId: string };

export class GraphEditError extends Error {}

function requireNode(graph: Graph, id: string): GraphNode {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new GraphEditError(`There is no node '${id}'.`);
  return node;
}

function mapNode(graph: Graph, id: string, update: (n: GraphNode) => GraphNode): Graph {
  requireNode(graph, id);
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? update(n) : n)) };
}

export function applyChange(graph: Graph, change: GraphChange): Graph {
  switch (change.type) {
    case 'addNode': {
      if (graph.nodes.some((n) => n.id === change.node.id)) {
        throw new GraphEditError(`A node '${change.node.id}' exists already.`);
      }
      return { ...graph, nodes: [...graph.nodes, change.node] };
    }
    case 'removeNodes': {
      const ids = new Set(change.ids);
      return {
        nodes: graph.nodes.filter((n) => !ids.has(n.id)),
        edges: graph.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
      };
    }
    case 'moveNodes': {
      const moves = new Map(change.moves.map((m) => [m.id, m.position]));
      return {
        ...graph,
        nodes: graph.nodes.map((n) => {
          const position = moves.get(n.id);
          return position ? { ...n, position } : n;
        }),
      };
    }
    case 'setParams':
      return mapNode(graph, change.id, (n) => ({
        ...n,
        params: { ...n.params, ...change.params },
      }));
    case 'renameNode':
      return mapNode(graph, change.id, (n) => ({ ...n, name: change.name }));
    case 'addEdge': {
      const { edge } = change;
      requireNode(graph, edge.source);
      requireNode(graph, edge.target);
      if (graph.edges.some((e) => e.id === edge.id)) {
        throw new GraphEditError(`An edge '${edge.id}' exists already.`);
      }
      return { ...graph, edges: [...graph.edges, edge] };
    }
    case 'removeEdges': {
      const ids = new Set(change.ids);
      return { ...graph, edges: graph.edges.filter((e) => !ids.has(e.id)) };
    }
    case 'insertOnEdge': {
      const edge = graph.edges.find((e) => e.id === change.edgeId);
      if (!edge) throw new GraphEditError(`There is no edge '${change.edgeId}'.`);
      const withNode = applyChange(graph, { type: 'addNode', node: change.node });
      const edges = withNode.edges.flatMap((e) =>
        e.id === edge.id
          ? [
              { id: edge.id, source: edge.source, target: change.node.id },
              { id: change.newEdgeId, source: change.node.id, target: edge.target },
            ]
          : [e],
      );
      return { ...withNode, edges };
    }
  }
}

export function applyChanges(graph: Graph, changes: readonly GraphChange[]): Graph {
  return changes.reduce(applyChange, graph);
}
