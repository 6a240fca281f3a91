/**
 * The document as React Flow nodes and edges. Objects are reused while nothing about them changed,
 * so React Flow re-renders only the nodes an edit moved, selected or renamed, even in a graph of
 * hundreds of layers.
 */
import type { Edge, Node } from '@xyflow/react';
import type { GraphEdge, GraphNode, Position } from '../../../src/graph/types';
import type { Translate } from '../../../src/i18n';

/**
 * A layer carries only its id: the node renders its type, name and parameters from the document
 * itself, so a parameter change leaves the flow node, and React Flow's store, as they were.
 */
export type LayerFlowNode = Node<Record<string, never>, 'layer'>;
export type ShapeFlowEdge = Edge<Record<string, never>, 'shape'>;

export interface Size {
  width: number;
  height: number;
}

/** A layer's accessible name, e.g. "Dense layer hidden". */
export function layerNodeLabel(t: Translate, node: GraphNode): string {
  return t('canvas.node.label', { type: node.type, name: node.name });
}

const NO_DATA: Record<string, never> = {};

/**
 * The flow nodes for the document's layers. A flow node of `previous` is reused while its position,
 * selection, size and name (in the language of `t`) are unchanged, and `previous` itself is
 * returned when every one is, so an edit of parameters only gives React Flow nothing to do.
 */
export function toFlowNodes(
  t: Translate,
  nodes: readonly GraphNode[],
  selected: ReadonlySet<string>,
  measured: ReadonlyMap<string, Size>,
  dragged: ReadonlyMap<string, Position>,
  previous: LayerFlowNode[],
): LayerFlowNode[] {
  const before = new Map(previous.map((flow) => [flow.id, flow]));
  let reused = nodes.length === previous.length;
  const next = nodes.map((node, i) => {
    const isSelected = selected.has(node.id);
    const size = measured.get(node.id);
    const position = dragged.get(node.id) ?? node.position;
    const ariaLabel = layerNodeLabel(t, node);
    const old = before.get(node.id);
    if (
      old &&
      old.selected === isSelected &&
      old.measured === size &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.ariaLabel === ariaLabel
    ) {
      if (previous[i] !== old) reused = false;
      return old;
    }
    reused = false;
    const flow: LayerFlowNode = {
      id: node.id,
      type: 'layer',
      position,
      data: NO_DATA,
      selected: isSelected,
      ariaLabel,
      // React Flow would read out its own English word "node" as the role.
      domAttributes: { 'aria-roledescription': t('canvas.node.role') },
      ...(size ? { measured: size } : {}),
    };
    return flow;
  });
  return reused ? previous : next;
}

/** `toFlowNodes` that remembers its last result, to pass it as `previous` next time. */
export function flowNodesMemo(): (
  t: Translate,
  nodes: readonly GraphNode[],
  selected: ReadonlySet<string>,
  measured: ReadonlyMap<string, Size>,
  dragged: ReadonlyMap<string, Position>,
) => LayerFlowNode[] {
  let previous: LayerFlowNode[] = [];
  return (t, nodes, selected, measured, dragged) => {
    previous = toFlowNodes(t, nodes, selected, measured, dragged, previous);
    return previous;
  };
}

const nodesById = new WeakMap<readonly GraphNode[], ReadonlyMap<string, GraphNode>>();

/** A node of the document by id, indexed once per node list. */
export function nodeById(nodes: readonly GraphNode[], id: string): GraphNode | undefined {
  let index = nodesById.get(nodes);
  if (!index) {
    index = new Map(nodes.map((n) => [n.id, n]));
    nodesById.set(nodes, index);
  }
  return index.get(id);
}

interface EdgeEntry {
  selected: boolean;
  role: string;
  flow: ShapeFlowEdge;
}
const edgeCache = new WeakMap<GraphEdge, EdgeEntry>();

/**
 * Edges carry no shape and no layer names: their accessible name is rendered by the edge itself
 * (see ShapeEdge) and referenced here by id. So an edit that changes every shape downstream leaves
 * every edge object as it was, and React Flow re-renders no edge for it.
 */
export function toFlowEdges(
  t: Translate,
  edges: readonly GraphEdge[],
  selected: ReadonlySet<string>,
): ShapeFlowEdge[] {
  // React Flow would read out its own English word "edge" as the role.
  const role = t('canvas.edge.role');
  return edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    const cached = edgeCache.get(edge);
    if (cached && cached.selected === isSelected && cached.role === role) return cached.flow;
    const flow: ShapeFlowEdge = {
      id: edge.id,
      type: 'shape',
      source: edge.source,
      target: edge.target,
      selected: isSelected,
      // React Flow writes no aria-label for null (its type omits it), and aria-labelledby names
      // the edge instead.
      ariaLabel: null as unknown as string,
      domAttributes: {
        'aria-labelledby': connectionNameId(edge.id),
        'aria-roledescription': role,
      },
    };
    edgeCache.set(edge, { selected: isSelected, role, flow });
    return flow;
  });
}

/** The DOM id of the element holding a connection's accessible name; ids hold no spaces. */
export function connectionNameId(edgeId: string): string {
  return `connection-name-${encodeURIComponent(edgeId)}`;
}

/** A connection's accessible name, e.g. "Connection from input_1 to dense_1, 28×28×1". */
export function connectionName(
  t: Translate,
  from: string,
  to: string,
  shape: string | undefined,
): string {
  return shape
    ? t('canvas.edge.nameWithShape', { from, to, shape })
    : t('canvas.edge.name', { from, to });
}

/** A node's name by id; the id itself if no node has it. */
export function nodeName(nodes: readonly GraphNode[], id: string): string {
  return nodeById(nodes, id)?.name ?? id;
}
