/**
 * The document as React Flow nodes and edges. Objects are reused while nothing about them changed,
 * so React Flow re-renders only the nodes an edit touched, even in a graph of hundreds of layers.
 */
import type { Edge, Node } from '@xyflow/react';
import type { GraphAnalysis } from '../../../src/graph/analyze';
import type { GraphEdge, GraphNode, Position } from '../../../src/graph/types';
import { formatShape } from '../../../src/layers/shape';

export type LayerFlowNode = Node<{ node: GraphNode }, 'layer'>;
export type ShapeFlowEdge = Edge<Record<string, never>, 'shape'>;

export interface Size {
  width: number;
  height: number;
}

export function layerNodeLabel(node: GraphNode): string {
  return `${node.type} layer ${node.name}`;
}

interface NodeEntry {
  selected: boolean;
  measured: Size | undefined;
  position: Position;
  flow: LayerFlowNode;
}
const nodeCache = new WeakMap<GraphNode, NodeEntry>();

export function toFlowNodes(
  nodes: readonly GraphNode[],
  selected: ReadonlySet<string>,
  measured: ReadonlyMap<string, Size>,
  dragged: ReadonlyMap<string, Position>,
): LayerFlowNode[] {
  return nodes.map((node) => {
    const isSelected = selected.has(node.id);
    const size = measured.get(node.id);
    const position = dragged.get(node.id) ?? node.position;
    const cached = nodeCache.get(node);
    if (
      cached &&
      cached.selected === isSelected &&
      cached.measured === size &&
      cached.position === position
    ) {
      return cached.flow;
    }
    const flow: LayerFlowNode = {
      id: node.id,
      type: 'layer',
      position,
      data: { node },
      selected: isSelected,
      ariaLabel: layerNodeLabel(node),
      ...(size ? { measured: size } : {}),
    };
    nodeCache.set(node, { selected: isSelected, measured: size, position, flow });
    return flow;
  });
}

interface EdgeEntry {
  key: string;
  flow: ShapeFlowEdge;
}
const edgeCache = new WeakMap<GraphEdge, EdgeEntry>();

export function toFlowEdges(
  edges: readonly GraphEdge[],
  names: ReadonlyMap<string, string>,
  analysis: GraphAnalysis,
  selected: ReadonlySet<string>,
): ShapeFlowEdge[] {
  return edges.map((edge) => {
    const shape = analysis.edges.get(edge.id);
    const carries = shape ? `, ${formatShape(shape)}` : '';
    const label = `Connection from ${names.get(edge.source) ?? edge.source} to ${names.get(edge.target) ?? edge.target}${carries}`;
    const isSelected = selected.has(edge.id);
    const key = `${isSelected}|${label}`;
    const cached = edgeCache.get(edge);
    if (cached && cached.key === key) return cached.flow;
    const flow: ShapeFlowEdge = {
      id: edge.id,
      type: 'shape',
      source: edge.source,
      target: edge.target,
      selected: isSelected,
      ariaLabel: label,
    };
    edgeCache.set(edge, { key, flow });
    return flow;
  });
}
