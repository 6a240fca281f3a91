/**
 * Commands are defined once, as data: the keyboard, the toolbar and (later) the desktop menu all
 * read the same list, so a shortcut and its button can never disagree.
 */
import type { CommandName } from '../../../src/commands/catalog';
import type { CanvasView } from '../canvas/view';
import type { ClipboardAccess } from '../io/clipboard';
import type { ProjectFiles } from '../io/projectFiles';
import type { ProjectTemplate } from '../../../src/templates';
import type { DocumentStore } from '../stores/documentStore';
import type { UiStore } from '../stores/uiStore';

export interface CommandContext {
  doc: DocumentStore;
  ui: UiStore;
  view: CanvasView | null;
  clipboard: ClipboardAccess;
  files: ProjectFiles;
  /** Asks the user a yes/no question, e.g. before unsaved work is thrown away. */
  confirm(message: string): boolean;
  /** Shows the template gallery; the template picked, or null when the user cancels. */
  askTemplate(): Promise<ProjectTemplate | null>;
  /** Asks for the name to save the project under; null when the user cancels. */
  askSaveName(current: string): Promise<string | null>;
  /**
   * In the desktop app: asks the system's Save dialog for the file (the project takes the file's
   * name); null when the user cancels. Absent in a browser.
   */
  chooseSavePath?(current: string): Promise<string | null>;
}

/** The parts of a keyboard event a shortcut looks at. */
export interface KeyInput {
  key: string;
  /** The physical key, e.g. 'Digit1', for shortcuts that must not depend on the layout. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface Command {
  /** Its entry in the command catalog, which also names its label (`commandLabel`). */
  name: CommandName;
  /** The shortcut as users read it, e.g. 'Ctrl+Z'. */
  shortcut?: string;
  keyTest?(key: KeyInput): boolean;
  /** Whether the command applies now; a button is disabled otherwise. */
  predicate?(ctx: CommandContext): boolean;
  /**
   * Why it does not apply now, when that is not plain to see (a classroom lock keeps the selected
   * layers); told instead of nothing when its shortcut or menu item is used anyway.
   */
  unavailable?(ctx: CommandContext): string | null;
  perform(ctx: CommandContext): void | Promise<void>;
  /**
   * Copy and paste run from the browser's own copy and paste events when started from the
   * keyboard: those events carry the clipboard without asking the user for permission.
   */
  clipboardEvent?: 'copy' | 'paste';
  /** Its shortcut works even while typing in a field (Save does; Undo leaves the field its own). */
  inFields?: boolean;
  /** For toggles: whether it is on, shown as a pressed button. */
  checked?(ctx: CommandContext): boolean;
}

/** Ctrl on Windows and Linux, ⌘ on macOS. */
export const mod = (k: KeyInput): boolean => k.ctrlKey || k.metaKey;

/** A letter shortcut: Ctrl plus the letter, with Shift as given and no Alt. */
export function modKey(letter: string, shift = false) {
  return (k: KeyInput): boolean =>
    mod(k) && !k.altKey && k.shiftKey === shift && k.key.toLowerCase() === letter;
}
