import { describedAs } from '../../../src/commands/catalog';
import { layoutGraph } from '../../../src/graph/layout';
import type { Command } from './types';
import { modKey } from './types';

export const autoLayout: Command = {
  ...describedAs('autoLayout'),
  keyTest: modKey('l', true),
  predicate: (ctx) => ctx.doc.getState().project.graph.nodes.length > 0,
  perform(ctx) {
    const { graph } = ctx.doc.getState().project;
    const laid = layoutGraph(graph);
    const moves = laid.nodes
      .filter((n, i) => {
        const before = graph.nodes[i]!.position;
        return n.position.x !== before.x || n.position.y !== before.y;
      })
      .map((n) => ({ id: n.id, position: n.position }));
    if (moves.length > 0) ctx.doc.getState().apply({ type: 'moveNodes', moves });
    ctx.view?.fitView();
  },
};

export const fitView: Command = {
  ...describedAs('fitView'),
  keyTest: (k) => k.shiftKey && k.code === 'Digit1' && !k.ctrlKey && !k.metaKey && !k.altKey,
  predicate: (ctx) => ctx.doc.getState().project.graph.nodes.length > 0,
  perform: (ctx) => ctx.view?.fitView(),
};

export const toggleTheme: Command = {
  ...describedAs('toggleTheme'),
  keyTest: modKey('d', true),
  checked: (ctx) => ctx.ui.getState().theme === 'dark',
  perform: (ctx) => ctx.ui.getState().toggleTheme(),
};
