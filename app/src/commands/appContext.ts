/** The context commands run in inside the app: its stores, its canvas, the real clipboard and files. */
import { getCanvasView } from '../canvas/view';
import { hostFilesFor } from '../host/hostProjectFiles';
import { liveClient } from '../host/hostStore';
import { browserClipboard } from '../io/clipboard';
import { browserProjectFiles, type ProjectFiles } from '../io/projectFiles';
import { askSaveName, currentSavePathChooser } from '../projects/saveAsQuestion';
import { askTemplate } from '../projects/templateQuestion';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { commandLabel } from '../../../src/commands/catalog';
import { currentT } from '../i18n';
import type { Command, CommandContext } from './types';

const clipboard = browserClipboard();

/** The host's files while the page is connected to it; the browser's picker and downloads if not. */
function currentProjectFiles(): ProjectFiles {
  const client = liveClient();
  return client ? hostFilesFor(client) : browserProjectFiles;
}

export function appCommandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  const chooseSavePath = currentSavePathChooser();
  return {
    doc: documentStore,
    ui: uiStore,
    view: getCanvasView(),
    clipboard,
    files: currentProjectFiles(),
    confirm: (message) => window.confirm(message),
    askTemplate,
    askSaveName,
    ...(chooseSavePath ? { chooseSavePath } : {}),
    ...overrides,
  };
}

/** Runs a command; a failure becomes a message for the user rather than an unhandled rejection. */
export function runCommand(command: Command, ctx: CommandContext = appCommandContext()): void {
  const report = (e: unknown) => {
    const t = currentT();
    const reason = e instanceof Error ? e.message : String(e);
    ctx.ui
      .getState()
      .announce(t('commands.failed', { command: commandLabel(command.name, t), reason }), 'error');
  };
  try {
    void Promise.resolve(command.perform(ctx)).catch(report);
  } catch (e) {
    report(e);
  }
}
