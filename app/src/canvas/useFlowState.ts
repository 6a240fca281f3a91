/**
 * The canvas's nodes and edges, derived from the document and the selection, and the handling of
 * what React Flow reports back. While a drag is under way the moved positions live here only; the
 * document gets one `moveNodes` change when the drag stops, so a drag is one undo step and the
 * analysis does not rerun at every frame.
 */
import type {
  EdgeChange,
  NodeChange,
  NodeSelectionChange,
  EdgeSelectionChange,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Position } from '../../../src/graph/types';
import { useT } from '../i18n';
import { documentStore, useDocument } from '../stores/documentStore';
import { uiStore, useUi } from '../stores/uiStore';
import {
  flowNodesMemo,
  toFlowEdges,
  type LayerFlowNode,
  type ShapeFlowEdge,
  type Size,
} from './flowElements';

export function useFlowState() {
  const t = useT();
  const graph = useDocument((s) => s.project.graph);
  const selection = useUi((s) => s.selection);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [dragged, setDragged] = useState<ReadonlyMap<string, Position>>(() => new Map());
  const dragging = useRef(false);

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const [flowNodes] = useState(flowNodesMemo);
  const nodes = useMemo(
    () => flowNodes(t, graph.nodes, selectedNodes, measured, dragged),
    [flowNodes, t, graph.nodes, selectedNodes, measured, dragged],
  );
  const edges = useMemo(
    () => toFlowEdges(t, graph.edges, selectedEdges),
    [t, graph.edges, selectedEdges],
  );

  const onNodesChange = useCallback((changes: NodeChange<LayerFlowNode>[]) => {
    const sizes: [string, Size][] = [];
    const live = new Map<string, Position>();
    const done: { id: string; position: Position }[] = [];
    const selects: NodeSelectionChange[] = [];
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) sizes.push([c.id, c.dimensions]);
      else if (c.type === 'position' && c.position) {
        if (c.dragging) live.set(c.id, c.position);
        else done.push({ id: c.id, position: c.position });
      } else if (c.type === 'select') selects.push(c);
    }
    if (sizes.length > 0) setMeasured((m) => new Map([...m, ...sizes]));
    if (live.size > 0) {
      dragging.current = true;
      setDragged((d) => new Map([...d, ...live]));
    }
    if (done.length > 0) {
      // Arrow-key nudges of the same layers, one after another, make one undo step.
      const squash = dragging.current ? undefined : `nudge:${done.map((m) => m.id).join(',')}`;
      dragging.current = false;
      commitMoves(done, squash);
      setDragged(new Map());
    }
    if (selects.length > 0) updateSelection('nodes', selects);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<ShapeFlowEdge>[]) => {
    const selects = changes.filter((c): c is EdgeSelectionChange => c.type === 'select');
    if (selects.length > 0) updateSelection('edges', selects);
  }, []);

  return { nodes, edges, onNodesChange, onEdgesChange };
}

function commitMoves(moves: { id: string; position: Position }[], squash?: string) {
  const doc = documentStore.getState();
  const current = new Map(doc.project.graph.nodes.map((n) => [n.id, n.position]));
  const changed = moves.filter((m) => {
    const at = current.get(m.id);
    return at && (at.x !== m.position.x || at.y !== m.position.y);
  });
  if (changed.length > 0)
    doc.apply({ type: 'moveNodes', moves: changed }, squash ? { squash } : {});
}

function updateSelection(
  kind: 'nodes' | 'edges',
  changes: readonly (NodeSelectionChange | EdgeSelectionChange)[],
) {
  const ui = uiStore.getState();
  const ids = new Set(ui.selection[kind]);
  for (const c of changes) {
    if (c.selected) ids.add(c.id);
    else ids.delete(c.id);
  }
  const { nodes, edges } = ui.selection;
  if (kind === 'nodes') ui.select([...ids], edges);
  else ui.select(nodes, [...ids]);
}
