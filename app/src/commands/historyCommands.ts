import { describedAs } from '../../../src/commands/catalog';
import { liveSelection } from './selection';
import { modKey, type Command, type CommandContext, type KeyInput } from './types';

/**
 * Undo and redo leave the selection alone (it is not part of the document), except that layers
 * they take away drop out of it, so a later layer that happens to get the same id is not selected.
 */
function keepLiveSelection(ctx: CommandContext): void {
  const { nodes, edges } = liveSelection(ctx);
  const { selection } = ctx.ui.getState();
  if (nodes.length !== selection.nodes.length || edges.length !== selection.edges.length) {
    ctx.ui.getState().select(nodes, edges);
  }
}

export const undo: Command = {
  ...describedAs('undo'),
  keyTest: modKey('z'),
  predicate: (ctx) => ctx.doc.getState().history.past.length > 0,
  perform(ctx) {
    ctx.doc.getState().undo();
    keepLiveSelection(ctx);
  },
};

export const redo: Command = {
  ...describedAs('redo'),
  keyTest: (k: KeyInput) => modKey('z', true)(k) || modKey('y')(k),
  predicate: (ctx) => ctx.doc.getState().history.future.length > 0,
  perform(ctx) {
    ctx.doc.getState().redo();
    keepLiveSelection(ctx);
  },
};
