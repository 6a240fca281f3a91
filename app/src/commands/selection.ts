/** The current selection, without ids that an undo or a deletion has since taken away. */
import type { Selection } from '../stores/uiStore';
import type { CommandContext } from './types';

export function liveSelection(ctx: CommandContext): Selection {
  const { graph } = ctx.doc.getState().project;
  const { selection } = ctx.ui.getState();
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  return {
    nodes: selection.nodes.filter((id) => nodes.has(id)),
    edges: selection.edges.filter((id) => edges.has(id)),
  };
}

export const hasSelectedNodes = (ctx: CommandContext): boolean =>
  liveSelection(ctx).nodes.length > 0;
