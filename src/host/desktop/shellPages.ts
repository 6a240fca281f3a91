/**
 * Main's side of the shell's own messages with each page (see `ipcChannels.ts`): the menu commands
 * and opened files main sends, the unsaved state and language each page reports (read when its
 * window closes, and for the menus and dialogs) and the native dialogs a page asks for.
 *
 * What main sends is checked before it goes, with the catalog's command-name validator and the
 * rules for project paths; what a page sends is answered only from the app's own top frame and
 * checked with zod. A chosen path becomes usable by the page only through `allow`, with what the
 * dialog returned.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { commandNameSchema, type CommandName } from '../../commands/catalog';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales';
import type { ShellChoice } from '../../protocol/desktopBridge';
import type { IpcEvent, IpcMainLike } from './ipcBridge';
import {
  CHOOSE_CHANNEL,
  COMMAND_CHANNEL,
  OPEN_PATH_CHANNEL,
  PAGE_STATE_CHANNEL,
  RELOAD_PATH_CHANNEL,
} from './ipcChannels';
import type { Chosen } from './dialogs';
import { PROJECT_EXTENSION } from './instance';

/** Where main sends to a page: a window's `webContents`, as far as this uses it. */
export interface PageContents {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
}

const MAX_NAME = 200;
/** Longer than any path a system accepts. */
const MAX_PATH = 4096;

const pageStateSchema = z.strictObject({
  unsaved: z.boolean(),
  projectName: z.string().max(MAX_NAME),
  saveFailed: z.boolean().optional(),
  locale: z.enum(LOCALES).optional(),
});

const choiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('openProject') }),
  z.strictObject({ kind: z.literal('saveProject'), name: z.string().max(MAX_NAME) }),
  z.strictObject({ kind: z.literal('exportFolder') }),
]);

const projectPathSchema = z
  .string()
  .max(MAX_PATH)
  .refine((p) => isAbsolute(p) && p.toLowerCase().endsWith(PROJECT_EXTENSION), {
    message: `not the absolute path of a project file (${PROJECT_EXTENSION})`,
  });

/** Asks the page to run a command a menu chose; false, and nothing sent, for an unknown name. */
export function sendCommand(contents: PageContents, name: unknown): name is CommandName {
  const checked = commandNameSchema.safeParse(name);
  if (!checked.success) return false;
  contents.send(COMMAND_CHANNEL, checked.data);
  return true;
}

/** Asks the page to open a project file; false, and nothing sent, for anything else. */
export function sendOpenPath(contents: PageContents, path: unknown): boolean {
  return sendPath(contents, OPEN_PATH_CHANNEL, path);
}

/**
 * Asks the page to open its project file again as it is on disk, dropping its unsaved changes:
 * the user already chose that in main's question. False, and nothing sent, for anything else.
 */
export function sendReloadPath(contents: PageContents, path: unknown): boolean {
  return sendPath(contents, RELOAD_PATH_CHANNEL, path);
}

function sendPath(contents: PageContents, channel: string, path: unknown): boolean {
  const checked = projectPathSchema.safeParse(path);
  if (!checked.success) return false;
  contents.send(channel, checked.data);
  return true;
}

export interface ShellPagesOptions {
  /** Whether an address is the app's own page (see `window.ts`). */
  isAppUrl(url: string): boolean;
  /** Shows the native dialog for `choice` over the window of these web contents. */
  show(contentsId: number, choice: ShellChoice): Promise<Chosen | null>;
  /** Makes a chosen path usable by the page (`ProjectAccess.allowChosen`); its real path. */
  allow(chosen: Chosen): Promise<string>;
  /** The language of a page that has not said which it speaks: the system's. */
  defaultLocale?: Locale;
  /** A page now speaks `locale` (its first report, or the user switched languages). */
  localeChanged?(contentsId: number, locale: Locale): void;
}

interface PageState {
  /** Whether the page has reported at all: until then it is not listening yet. */
  reported: boolean;
  /** What waits for the page to listen (see `whenListening`). */
  waiting: (() => void)[];
  unsaved: boolean;
  projectName: string;
  locale: Locale | null;
  /** Set while a close waits for the page to save: run once the page reports it saved. */
  closeWhenSaved: (() => void) | null;
}

export class ShellPages {
  private readonly pages = new Map<number, PageState>();

  constructor(private readonly options: ShellPagesOptions) {}

  register<Port>(ipcMain: IpcMainLike<Port>): void {
    ipcMain.on(PAGE_STATE_CHANNEL, (event, ...args) => void this.report(event, ...args));
    ipcMain.handle(CHOOSE_CHANNEL, (event, ...args) => this.choose(event, ...args));
  }

  /** A page tells whether it has unsaved work; false when the message was refused. */
  report(event: IpcEvent, ...args: unknown[]): boolean {
    if (!this.trusted(event) || args.length !== 1) return false;
    const checked = pageStateSchema.safeParse(args[0]);
    if (!checked.success) return false;
    const page = this.pageOf(event.sender.id);
    page.unsaved = checked.data.unsaved;
    page.projectName = checked.data.projectName;
    const { locale } = checked.data;
    if (locale !== undefined && locale !== page.locale) {
      page.locale = locale;
      this.options.localeChanged?.(event.sender.id, locale);
    }
    if (!page.reported) {
      page.reported = true;
      for (const run of page.waiting.splice(0)) run();
    }
    // A save that failed will not be followed by a saved state: the close waits no more, and the
    // window stays open with the work in it, where the page says what went wrong.
    if (checked.data.saveFailed) page.closeWhenSaved = null;
    if (!page.unsaved && page.closeWhenSaved) {
      const close = page.closeWhenSaved;
      page.closeWhenSaved = null;
      close();
    }
    return true;
  }

  /** Shows the dialog a page asked for; the path chosen, now allowed, or null. */
  async choose(event: IpcEvent, ...args: unknown[]): Promise<string | null> {
    if (!this.trusted(event)) throw new Error('Only the NeuroCanvas page itself may ask this.');
    const checked = args.length === 1 ? choiceSchema.safeParse(args[0]) : null;
    if (!checked?.success) throw new Error('That is not a dialog NeuroCanvas shows.');
    const chosen = await this.options.show(event.sender.id, checked.data);
    // A close waiting for this save waits no more: the window stays, and a later save is just a save.
    if (chosen === null && checked.data.kind === 'saveProject') {
      const page = this.pages.get(event.sender.id);
      if (page) page.closeWhenSaved = null;
    }
    return chosen === null ? null : this.options.allow(chosen);
  }

  /** Whether the page has unsaved work, as it last said. */
  isUnsaved(contentsId: number): boolean {
    return this.pages.get(contentsId)?.unsaved ?? false;
  }

  /** The page's project name, or '' while it has not said. */
  projectName(contentsId: number): string {
    return this.pages.get(contentsId)?.projectName ?? '';
  }

  /** The language the page speaks, as it last said. */
  localeOf(contentsId: number): Locale {
    return this.pages.get(contentsId)?.locale ?? this.options.defaultLocale ?? DEFAULT_LOCALE;
  }

  /**
   * Runs `close` once the page reports that its work is saved. If the user cancels the save's
   * dialog instead, the close is dropped: the window stays open, and the next close asks again.
   */
  closeWhenSaved(contentsId: number, close: () => void): void {
    this.pageOf(contentsId).closeWhenSaved = close;
  }

  /**
   * Runs `send` once the page listens for what main sends: at once if it has reported its state
   * (which it does as soon as it subscribes), else on its first report. A file opened while the
   * window is still loading is not lost.
   */
  whenListening(contentsId: number, send: () => void): void {
    const page = this.pageOf(contentsId);
    if (page.reported) send();
    else page.waiting.push(send);
  }

  /** The page's window is gone. */
  forget(contentsId: number): void {
    this.pages.delete(contentsId);
  }

  private pageOf(contentsId: number): PageState {
    let page = this.pages.get(contentsId);
    if (!page) {
      page = {
        reported: false,
        waiting: [],
        unsaved: false,
        projectName: '',
        locale: null,
        closeWhenSaved: null,
      };
      this.pages.set(contentsId, page);
    }
    return page;
  }

  private trusted(event: IpcEvent): boolean {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && this.options.isAppUrl(frame.url);
  }
}
