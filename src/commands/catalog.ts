/**
 * What every command is called, shows and is reached by: one table read by the renderer (its
 * toolbar, its keyboard shortcuts) and by the desktop shell (its native menus), so a menu's
 * accelerator and the shortcut the page answers to can never disagree. What a command does lives
 * with the renderer; this is only its description, free of any framework. What a command is called
 * is a message of the 'commands' catalog area, `commands.<name>`, so it follows the UI's language.
 */
import { z } from 'zod';
import type { MessageKey, Translate } from '../i18n';

/** The native menus, in the order they appear. */
export const MENUS = ['file', 'edit', 'view', 'train', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

export interface CommandInfo {
  readonly name: string;
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
  { name: 'newProject', menu: 'file', group: 0 },
  { name: 'newFromTemplate', menu: 'file', group: 0 },
  { name: 'openProject', shortcut: 'Ctrl+O', menu: 'file', group: 1 },
  { name: 'saveProject', shortcut: 'Ctrl+S', menu: 'file', group: 2 },
  { name: 'saveProjectAs', shortcut: 'Ctrl+Shift+S', menu: 'file', group: 2 },
  { name: 'saveClassroomPack', menu: 'file', group: 2 },
  { name: 'exportModel', shortcut: 'Ctrl+Shift+E', menu: 'file', group: 3 },
  { name: 'undo', shortcut: 'Ctrl+Z', menu: 'edit', group: 0 },
  { name: 'redo', shortcut: 'Ctrl+Shift+Z', menu: 'edit', group: 0 },
  { name: 'copy', shortcut: 'Ctrl+C', menu: 'edit', group: 1 },
  { name: 'paste', shortcut: 'Ctrl+V', menu: 'edit', group: 1 },
  { name: 'duplicate', shortcut: 'Ctrl+D', menu: 'edit', group: 1 },
  { name: 'deleteSelection', shortcut: 'Delete', menu: 'edit', group: 1 },
  { name: 'selectAll', shortcut: 'Ctrl+A', menu: 'edit', group: 2 },
  { name: 'connectTo', shortcut: 'C', menu: 'edit', group: 3 },
  { name: 'autoLayout', shortcut: 'Ctrl+Shift+L', menu: 'view', group: 0 },
  { name: 'fitView', shortcut: 'Shift+1', menu: 'view', group: 0 },
  { name: 'toggleTheme', shortcut: 'Ctrl+Shift+D', menu: 'view', group: 1 },
  { name: 'startTraining', shortcut: 'Ctrl+Enter', menu: 'train', group: 0 },
  { name: 'pauseOrResumeTraining', menu: 'train', group: 0 },
  { name: 'stepTraining', menu: 'train', group: 0 },
  { name: 'stopTraining', shortcut: 'Ctrl+Shift+Enter', menu: 'train', group: 0 },
  { name: 'openLabs', menu: 'help', group: 0 },
  { name: 'toggleTeacherMode', menu: 'help', group: 0 },
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
export function describedAs(name: CommandName): { name: CommandName; shortcut?: string } {
  const { shortcut } = commandInfo(name);
  return shortcut === undefined ? { name } : { name, shortcut };
}

/** The message naming a command; every command has one (a missing one fails to compile). */
export function commandLabelKey(name: CommandName): MessageKey {
  const key: `commands.${CommandName}` & MessageKey = `commands.${name}`;
  return key;
}

/** What a button or menu item for the command shows, in the language of `t`. */
export function commandLabel(name: CommandName, t: Translate): string {
  return t(commandLabelKey(name));
}
