/** "Export…": opens the Export dialog, from the toolbar or with Ctrl+Shift+E. */
import { describedAs } from '../../../src/commands/catalog';
import { modKey, type Command } from '../commands/types';
import { exportDialogStore } from './exportDialogStore';

export const exportModel: Command = {
  ...describedAs('exportModel'),
  keyTest: modKey('e', true),
  // Something to export: at least one layer on the canvas.
  predicate: (ctx) => ctx.doc.getState().project.graph.nodes.length > 0,
  perform() {
    exportDialogStore.getState().show();
  },
};
