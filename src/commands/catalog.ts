/**
 * What every command is called, shows and is reached by: one table read by the renderer (its
 * toolbar, its keyboard shortcuts) and by the desktop shell (its native menus), so a menu's
 * accelerator and the shortcut the page answers to can never disagree. What a command does lives
 * with the renderer; this is only its description, free of any framework.
 */
import { z } from 'zod';

/** The native menus, in the order they appear. */
export const MENUS = ['file', 'edit', 'view', 'train', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

export interface CommandInfo {
  readonly name: string;
  /** What a button or menu item shows. */
  readonly label: string;
  /**
   * The shortcut as users read it, e.g. 'Ctrl+Z'. 'Ctrl' means Ctrl on Windows and Linux and ⌘ on
   * macOS; a single key ('Delete', 'C') works only outside text fields.
   */
  readonly shortcut?: string;
  readonly menu: MenuName;
  /** Items of one menu with different groups are parted by a separator. */
  readonly group: number;
}

/** Every command, in menu order. */
export const COMMAND_CATALOG = [
  { name: 'newProject', label: 'New', menu: 'file', group: 0 },
  { name: 'newFromTemplate', label: 'New from template…', menu: 'file', group: 0 },
  { name: 'openProject', label: 'Open…', shortcut: 'Ctrl+O', menu: 'file', group: 1 },
  { name: 'saveProject', label: 'Save', shortcut: 'Ctrl+S', menu: 'file', group: 2 },
  { name: 'saveProjectAs', label: 'Save as…', shortcut: 'Ctrl+Shift+S', menu: 'file', group: 2 },
  { name: 'exportModel', label: 'Export…', shortcut: 'Ctrl+Shift+E', menu: 'file', group: 3 },
  { name: 'undo', label: 'Undo', shortcut: 'Ctrl+Z', menu: 'edit', group: 0 },
  { name: 'redo', label: 'Redo', shortcut: 'Ctrl+Shift+Z', menu: 'edit', group: 0 },
  { name: 'copy', label: 'Copy', shortcut: 'Ctrl+C', menu: 'edit', group: 1 },
  { name: 'paste', label: 'Paste', shortcut: 'Ctrl+V', menu: 'edit', group: 1 },
  { name: 'duplicate', label: 'Duplicate', shortcut: 'Ctrl+D', menu: 'edit', group: 1 },
  { name: 'deleteSelection', label: 'Delete', shortcut: 'Delete', menu: 'edit', group: 1 },
  { name: 'selectAll', label: 'Select all', shortcut: 'Ctrl+A', menu: 'edit', group: 2 },
  { name: 'connectTo', label: 'Connect…', shortcut: 'C', menu: 'edit', group: 3 },
  { name: 'autoLayout', label: 'Auto-layout', shortcut: 'Ctrl+Shift+L', menu: 'view', group: 0 },
  { name: 'fitView', label: 'Fit view', shortcut: 'Shift+1', menu: 'view', group: 0 },
  { name: 'toggleTheme', label: 'Dark theme', shortcut: 'Ctrl+Shift+D', menu: 'view', group: 1 },
  { name: 'startTraining', label: 'Train', shortcut: 'Ctrl+Enter', menu: 'train', group: 0 },
  { name: 'pauseOrResumeTraining', label: 'Pause or resume', menu: 'train', group: 0 },
  { name: 'stepTraining', label: 'Step one batch', menu: 'train', group: 0 },
  { name: 'stopTraining', label: 'Stop', shortcut: 'Ctrl+Shift+Enter', menu: 'train', group: 0 },
  { name: 'openLabs', label: 'Labs…', menu: 'help', group: 0 },
] as const satisfies readonly CommandInfo[];

export type CommandName = (typeof COMMAND_CATALOG)[number]['name'];

const byName = new Map<string, CommandInfo>(COMMAND_CATALOG.map((c) => [c.name, c]));

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && byName.has(name);
}

/** Validates a command name arriving from another process (a menu click sent to the page). */
export const commandNameSchema = z.custom<CommandName>(isCommandName, {
  message: 'not a command of NeuroCanvas',
});

/** The catalog's entry for `name`. */
export function commandInfo(name: CommandName): CommandInfo {
  return byName.get(name)!;
}

/** A command's description as the renderer's command objects carry it. */
export function describedAs(name: CommandName): { name: string; label: string; shortcut?: string } {
  const { label, shortcut } = commandInfo(name);
  return shortcut === undefined ? { name, label } : { name, label, shortcut };
}
