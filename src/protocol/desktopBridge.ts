/**
 * The API the desktop app's preload gives the page as `window.neurocanvas`. Kept apart from the
 * client (`rendererBridge.ts`) and free of imports that run, because the sandboxed preload is
 * bundled with it and should carry none of the protocol's validators: main checks every request.
 */
import type { Locale } from '../i18n/locales';
import type { RendererRequest } from './renderer';

export interface DesktopBridge {
  /** Resolves with main's answer (a `HostReply`, still to be checked); rejects when unsent. */
  request(request: RendererRequest): Promise<unknown>;
  /**
   * Every message that arrives on this page's ports: main's, and those its trainer streams
   * straight to it. Returns a function that unsubscribes.
   */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The name under which the preload exposes the bridge on `window`. */
export const DESKTOP_BRIDGE_KEY = 'neurocanvas';

/** A native dialog the page may ask for; `name` suggests a file name for a save. */
export type ShellChoice =
  { kind: 'openProject' } | { kind: 'saveProject'; name: string } | { kind: 'exportFolder' };

/**
 * What the desktop shell adds to the bridge for its native menus, dialogs and window: the page
 * runs a command a menu chose, opens a project the system handed the app, tells main whether it
 * has unsaved work, and asks for a native file dialog.
 */
export interface DesktopShell {
  /** Each command name a native menu chose. Returns a function that unsubscribes. */
  onCommand(handler: (name: string) => void): () => void;
  /** Each project file the user opened from the system. Returns a function that unsubscribes. */
  onOpenProject(handler: (path: string) => void): () => void;
  /**
   * The page's project file, to open again as it now is on disk: another program changed it and
   * the user chose Reload, already told that their unsaved changes are lost. Returns a function
   * that unsubscribes.
   */
  onReloadProject(handler: (path: string) => void): () => void;
  /**
   * Whether the page has unsaved work; `saveFailed` once a save could not be written, so that a
   * close waiting for that save gives up and the window stays open with the work in it; and the
   * language the page speaks, which main's menus and dialogs then speak too (absent: unchanged).
   */
  reportState(state: {
    unsaved: boolean;
    projectName: string;
    saveFailed?: boolean;
    locale?: Locale;
  }): void;
  /** The path the user chose, now usable by the page, or null when they cancelled. */
  choose(choice: ShellChoice): Promise<string | null>;
}
