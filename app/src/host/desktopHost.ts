/**
 * In the desktop app, the preload gives the page `window.neurocanvas` (see
 * `src/host/desktop/preloadApi.ts`), and the page talks to the host through it instead of a
 * WebSocket. Its presence is what tells the two shells apart; the page asks nothing else.
 *
 * The desktop shell adds its menus, dialogs and window: a command chosen in a native menu runs as
 * its shortcut would, a project file opened from the system opens as File › Open would open it
 * (and one reloaded after a change on disk too, without asking again what the user just answered
 * in main's question), Open asks the system's dialog, and main is kept told whether there is unsaved work, for the
 * question it asks when the window closes, and which language the page speaks, for its menus and
 * dialogs.
 */
import {
  DESKTOP_BRIDGE_KEY,
  hostClientOverBridge,
  type DesktopBridge,
} from '../../../src/protocol/rendererBridge';
import type { DesktopShell } from '../../../src/protocol/desktopBridge';
import type { HostClient } from '../../../src/protocol/rendererClient';
import type { StoreApi } from 'zustand';
import { localeStore, type LocaleState } from '../i18n/localeStore';
import { appCommandContext } from '../commands/appContext';
import { runMenuCommand } from '../commands/menuCommands';
import type { CommandContext } from '../commands/types';
import { chooseExportFoldersWith } from '../export/folderChooser';
import { chooseSavePathsWith } from '../projects/saveAsQuestion';
import { onSaveFailed } from '../projects/saveFailures';
import { documentStore, type DocumentStore } from '../stores/documentStore';
import { chooseProjectsWith, type ProjectChoice } from './projectPicker';

/** The desktop bridge this page was given, or null in a browser. */
export function desktopBridgeOf(win: object): DesktopBridge | null {
  const bridge: unknown = (win as Record<string, unknown>)[DESKTOP_BRIDGE_KEY];
  if (bridge === null || typeof bridge !== 'object') return null;
  const { request, onMessage } = bridge as Partial<DesktopBridge>;
  return typeof request === 'function' && typeof onMessage === 'function'
    ? (bridge as DesktopBridge)
    : null;
}

/** A client over the desktop bridge, or null when the page runs in a browser. */
export function desktopHostClient(win: object): HostClient | null {
  const bridge = desktopBridgeOf(win);
  return bridge ? hostClientOverBridge(bridge) : null;
}

/** The desktop shell's part of the bridge, or null in a browser. */
export function desktopShellOf(win: object): DesktopShell | null {
  const bridge = desktopBridgeOf(win);
  if (!bridge) return null;
  const { onCommand, onOpenProject, onReloadProject, reportState, choose } =
    bridge as Partial<DesktopShell>;
  return [onCommand, onOpenProject, onReloadProject, reportState, choose].every(
    (f) => typeof f === 'function',
  )
    ? (bridge as unknown as DesktopShell)
    : null;
}

/** How a menu command runs for the shell. */
export interface ShellRun {
  /** The user already agreed to lose unsaved changes (in main's question): do not ask again. */
  discardAgreed?: boolean;
}

export interface DesktopShellDeps {
  doc: DocumentStore;
  locale: Pick<StoreApi<LocaleState>, 'getState' | 'subscribe'>;
  runMenuCommand(name: unknown, run?: ShellRun): unknown;
  chooseProjectsWith(choose: (() => Promise<ProjectChoice>) | null): void;
  chooseSavePathsWith(choose: ((name: string) => Promise<string | null>) | null): void;
  chooseExportFoldersWith(choose: (() => Promise<string | null>) | null): void;
}

/** Runs a menu command in `ctx`, which, when the user already agreed to lose changes, says so. */
export function runShellCommand(
  name: unknown,
  run: ShellRun = {},
  ctx: CommandContext = appCommandContext(),
): unknown {
  return runMenuCommand(name, run.discardAgreed ? { ...ctx, confirm: () => true } : ctx);
}

const appDeps: DesktopShellDeps = {
  doc: documentStore,
  locale: localeStore,
  runMenuCommand: (name, run) => runShellCommand(name, run),
  chooseProjectsWith,
  chooseSavePathsWith,
  chooseExportFoldersWith,
};

/** Wires the page to the desktop shell; returns a function that undoes it. */
export function connectDesktopShell(
  shell: DesktopShell,
  deps: DesktopShellDeps = appDeps,
): () => void {
  // A file handed over by the system is what Open picks while it runs. Open asks for its file
  // before it first waits, so the handed file is used by this Open, or by none.
  let handed: string | null = null;
  deps.chooseProjectsWith(async () => {
    if (handed !== null) {
      const path = handed;
      handed = null;
      return { kind: 'path', path };
    }
    const path = await shell.choose({ kind: 'openProject' });
    return path === null ? null : { kind: 'path', path };
  });
  // Save as asks the system's Save dialog, which also lets the host write where the user chose.
  deps.chooseSavePathsWith((name) => shell.choose({ kind: 'saveProject', name }));
  deps.chooseExportFoldersWith(() => shell.choose({ kind: 'exportFolder' }));
  const openHanded = (path: string, run?: ShellRun) => {
    handed = path;
    try {
      deps.runMenuCommand('openProject', run);
    } finally {
      handed = null;
    }
  };
  const offOpen = shell.onOpenProject((path) => openHanded(path));
  const offReload = shell.onReloadProject((path) => openHanded(path, { discardAgreed: true }));
  const offCommand = shell.onCommand((name) => void deps.runMenuCommand(name));

  let last = '';
  const report = () => {
    const { project, saved } = deps.doc.getState();
    const { locale } = deps.locale.getState();
    const state = { unsaved: project !== saved, projectName: project.name, locale };
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    shell.reportState(state);
  };
  // The first report also tells main that the page now listens for files to open.
  report();
  // Main may be waiting for a save to close the window; a failed one will not be followed by a
  // saved state, so main hears of the failure itself.
  const offSaveFailed = onSaveFailed(() => {
    const { project, saved } = deps.doc.getState();
    const { locale } = deps.locale.getState();
    shell.reportState({
      unsaved: project !== saved,
      projectName: project.name,
      locale,
      saveFailed: true,
    });
  });
  const offDoc = deps.doc.subscribe(report);
  const offLocale = deps.locale.subscribe(report);
  return () => {
    offSaveFailed();
    offDoc();
    offLocale();
    offCommand();
    offOpen();
    offReload();
    deps.chooseProjectsWith(null);
    deps.chooseSavePathsWith(null);
    deps.chooseExportFoldersWith(null);
  };
}
