/**
 * "Connect…" (C): with one layer selected (Tab to a layer and press Enter to select it), lists
 * the layers it can feed and those that can feed it; refused ones stay listed with the reason, so
 * a keyboard user learns the same rules a drag shows in its tooltip.
 */
import { describedAs } from '../../../../src/commands/catalog';
import { liveSelection } from '../../commands/selection';
import type { Command } from '../../commands/types';
import { openConnectDialog } from './connectDialogStore';

export const connectTo: Command = {
  ...describedAs('connectTo'),
  keyTest: (k) =>
    !k.ctrlKey && !k.metaKey && !k.altKey && !k.shiftKey && k.key.toLowerCase() === 'c',
  predicate: (ctx) =>
    liveSelection(ctx).nodes.length === 1 && ctx.doc.getState().project.graph.nodes.length > 1,
  perform(ctx) {
    const [nodeId] = liveSelection(ctx).nodes;
    if (nodeId) openConnectDialog(nodeId);
  },
};
