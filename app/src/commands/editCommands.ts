import { describedAs } from '../../../src/commands/catalog';
import type { GraphChange } from '../../../src/graph/changes';
import { speak } from '../../../src/packs/phrase';
import { insertSubgraph, subgraphOf } from '../edits/subgraph';
import { currentT } from '../i18n';
import { graphRefusal } from '../packs/lockRefusal';
import { hasSelectedNodes, liveSelection } from './selection';
import { modKey, type Command, type CommandContext, type KeyInput } from './types';

/** How far a duplicate sits from its original, so both stay visible. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

/** The changes that delete the selection: its connections, then its layers. */
function deletionOf(ctx: CommandContext): GraphChange[] {
  const { nodes, edges } = liveSelection(ctx);
  const changes: GraphChange[] = [];
  if (edges.length > 0) changes.push({ type: 'removeEdges', ids: edges });
  if (nodes.length > 0) changes.push({ type: 'removeNodes', ids: nodes });
  return changes;
}

/**
 * Delete does not apply to a selection a classroom lock keeps (a locked layer, one with locked
 * parameters, or a connection of a locked layer): the button shows it before anyone presses it.
 */
const deletionRefusal = (ctx: CommandContext) => graphRefusal(ctx.doc.getState(), deletionOf(ctx));

export const deleteSelection: Command = {
  ...describedAs('deleteSelection'),
  keyTest: (k: KeyInput) =>
    (k.key === 'Delete' || k.key === 'Backspace') && !k.ctrlKey && !k.metaKey && !k.altKey,
  predicate: (ctx) => deletionOf(ctx).length > 0 && deletionRefusal(ctx) === null,
  unavailable(ctx) {
    const refusal = deletionRefusal(ctx);
    return refusal && speak(currentT(), refusal);
  },
  perform(ctx) {
    const { nodes } = liveSelection(ctx);
    if (ctx.doc.getState().apply(deletionOf(ctx))) {
      ctx.ui.getState().clearSelection();
      const t = currentT();
      ctx.ui
        .getState()
        .announce(
          nodes.length > 0
            ? t('commands.deletedLayers', { count: nodes.length })
            : t('commands.deletedConnection'),
        );
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
      ctx.ui.getState().announce(currentT()('commands.duplicated', { count: nodeIds.length }));
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
