import type { ParamValue } from '../layers/params';

export interface Position {
  x: number;
  y: number;
}

export interface GraphNode {
  id: string;
  /** A registered layer type, e.g. 'Conv2D'. */
  type: string;
  /** The layer's name, unique in the graph; it becomes the Keras layer name. */
  name: string;
  position: Position;
  /** Every parameter of the type's schema, defaults filled in. */
  params: Readonly<Record<string, ParamValue>>;
}

/**
 * A tensor flowing from one node's output into another node's input. A node has one output;
 * merge layers take several inputs, in the order their edges appear in `Graph.edges`.
 */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

export interface Graph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export const emptyGraph: Graph = { nodes: [], edges: [] };
