import { describedAs } from '../../../src/commands/catalog';
import type { Graph, Position } from '../../../src/graph/types';
import { clipboardText, readClipboardText } from '../edits/clipboardPayload';
import { centreOf, insertSubgraph, subgraphOf } from '../edits/subgraph';
import { currentT } from '../i18n';
import { hasSelectedNodes, liveSelection } from './selection';
import { modKey, type Command, type CommandContext } from './types';
import { DUPLICATE_OFFSET } from './editCommands';

export const copy: Command = {
  ...describedAs('copy'),
  keyTest: modKey('c'),
  clipboardEvent: 'copy',
  predicate: hasSelectedNodes,
  perform(ctx) {
    const part = subgraphOf(ctx.doc.getState().project.graph, liveSelection(ctx).nodes);
    let text: string;
    try {
      text = clipboardText(part);
    } catch (e) {
      ctx.ui.getState().announce(e instanceof Error ? e.message : String(e), 'error');
      return;
    }
    // Written before anything is awaited, so a copy event's data is set while it is still open.
    const written = ctx.clipboard.write(text);
    ctx.ui.getState().announce(currentT()('commands.copied', { count: part.nodes.length }));
    return written;
  },
};

export const paste: Command = {
  ...describedAs('paste'),
  keyTest: modKey('v'),
  clipboardEvent: 'paste',
  async perform(ctx) {
    const text = await ctx.clipboard.read();
    pasteText(ctx, text ?? '');
  },
};

/** Pastes layers from clipboard text: at the centre of the view, never on top of other layers. */
export function pasteText(ctx: CommandContext, text: string): boolean {
  const read = readClipboardText(text);
  if (!read.ok) {
    ctx.ui.getState().announce(read.error, 'error');
    return false;
  }
  const { graph } = ctx.doc.getState().project;
  const offset = pasteOffset(graph, read.graph, ctx.view?.centre() ?? null);
  const { changes, nodeIds } = insertSubgraph(graph, read.graph, offset);
  if (!ctx.doc.getState().apply(changes)) return false;
  ctx.ui.getState().select(nodeIds);
  ctx.ui.getState().announce(currentT()('commands.pasted', { count: nodeIds.length }));
  return true;
}

function pasteOffset(graph: Graph, part: Graph, target: Position | null): Position {
  const from = centreOf(part);
  const offset = target
    ? { x: Math.round(target.x - from.x), y: Math.round(target.y - from.y) }
    : { ...DUPLICATE_OFFSET };
  // Pasting the same layers twice would stack them exactly; step aside until the spot is free.
  const taken = new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`));
  const lands = (o: Position) =>
    part.nodes.some((n) => taken.has(`${n.position.x + o.x},${n.position.y + o.y}`));
  for (let i = 0; i < 50 && lands(offset); i++) {
    offset.x += DUPLICATE_OFFSET.x;
    offset.y += DUPLICATE_OFFSET.y;
  }
  return offset;
}
