import { describedAs } from '../../../src/commands/catalog';
import type { GraphChange } from '../../../src/graph/changes';
import { insertSubgraph, subgraphOf } from '../edits/subgraph';
import { hasSelectedNodes, layerCount, liveSelection } from './selection';
import { modKey, type Command, type KeyInput } from './types';

/** How far a duplicate sits from its original, so both stay visible. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

export const deleteSelection: Command = {
  ...describedAs('deleteSelection'),
  keyTest: (k: KeyInput) =>
    (k.key === 'Delete' || k.key === 'Backspace') && !k.ctrlKey && !k.metaKey && !k.altKey,
  predicate: (ctx) => {
    const { nodes, edges } = liveSelection(ctx);
    return nodes.length + edges.length > 0;
  },
  perform(ctx) {
    const { nodes, edges } = liveSelection(ctx);
    const changes: GraphChange[] = [];
    if (edges.length > 0) changes.push({ type: 'removeEdges', ids: edges });
    if (nodes.length > 0) changes.push({ type: 'removeNodes', ids: nodes });
    if (ctx.doc.getState().apply(changes)) {
      ctx.ui.getState().clearSelection();
      const what = nodes.length > 0 ? layerCount(nodes.length) : 'the connection';
      ctx.ui.getState().announce(`Deleted ${what}.`);
    }
  },
};

export const duplicate: Command = {
  ...describedAs('duplicate'),
  keyTest: modKey('d'),
  predicate: hasSelectedNodes,
  perform(ctx) {
    const { graph } = ctx.doc.getState().project;
    const part = subgraphOf(graph, liveSelection(ctx).nodes);
    const { changes, nodeIds } = insertSubgraph(graph, part, DUPLICATE_OFFSET);
    if (ctx.doc.getState().apply(changes)) {
      ctx.ui.getState().select(nodeIds);
      ctx.ui.getState().announce(`Duplicated ${layerCount(nodeIds.length)}.`);
    }
  },
};

export const selectAll: Command = {
  ...describedAs('selectAll'),
  keyTest: modKey('a'),
  predicate: (ctx) => ctx.doc.getState().project.graph.nodes.length > 0,
  perform(ctx) {
    const { graph } = ctx.doc.getState().project;
    ctx.ui.getState().select(
      graph.nodes.map((n) => n.id),
      graph.edges.map((e) => e.id),
    );
  },
};
