/** The context commands run in inside the app: its stores, its canvas, the real clipboard and files. */
import { getCanvasView } from '../canvas/view';
import { browserClipboard } from '../io/clipboard';
import { browserProjectFiles } from '../io/projectFiles';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import type { Command, CommandContext } from './types';

const clipboard = browserClipboard();

export function appCommandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    doc: documentStore,
    ui: uiStore,
    view: getCanvasView(),
    clipboard,
    files: browserProjectFiles,
    confirm: (message) => window.confirm(message),
    ...overrides,
  };
}

/** Runs a command; a failure becomes a message for the user rather than an unhandled rejection. */
export function runCommand(command: Command, ctx: CommandContext = appCommandContext()): void {
  const report = (e: unknown) =>
    ctx.ui
      .getState()
      .announce(`${command.label} failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
  try {
    void Promise.resolve(command.perform(ctx)).catch(report);
  } catch (e) {
    report(e);
  }
}
