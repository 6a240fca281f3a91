/** Every command, in the order the toolbar shows them. */
import { connectTo } from '../canvas/connect/connectCommand';
import { exportModel } from '../export/exportCommand';
import { saveClassroomPack, toggleTeacherMode } from '../packs/classroomCommands';
import { openLabs } from '../teaching/labsCommand';
import { copy, paste } from './clipboardCommands';
import { deleteSelection, duplicate, selectAll } from './editCommands';
import { newFile, newFromTemplate, openFile, saveFile, saveFileAs } from './fileCommands';
import { redo, undo } from './historyCommands';
import { pauseOrResumeTraining, startTraining, stepTraining, stopTraining } from './trainCommands';
import type { Command, CommandContext, KeyInput } from './types';
import { autoLayout, fitView, toggleTheme } from './viewCommands';

export const commands: readonly Command[] = [
  newFile,
  newFromTemplate,
  openFile,
  saveFile,
  saveFileAs,
  saveClassroomPack,
  exportModel,
  undo,
  redo,
  copy,
  paste,
  duplicate,
  deleteSelection,
  selectAll,
  connectTo,
  autoLayout,
  fitView,
  toggleTheme,
  startTraining,
  pauseOrResumeTraining,
  stepTraining,
  stopTraining,
  openLabs,
  toggleTeacherMode,
];

export function getCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`No command '${name}'.`);
  return command;
}

export const isEnabled = (command: Command, ctx: CommandContext): boolean =>
  command.predicate?.(ctx) ?? true;

/**
 * Says why a command that does not apply now was asked for, when it knows a reason the user may
 * not see; true if it said one.
 */
export function announceUnavailable(command: Command, ctx: CommandContext): boolean {
  const reason = command.unavailable?.(ctx);
  if (!reason) return false;
  ctx.ui.getState().announce(reason, 'error');
  return true;
}

/** The command a key press stands for, if any. */
export function commandForKey(key: KeyInput): Command | undefined {
  return commands.find((c) => c.keyTest?.(key));
}

export type { Command, CommandContext, KeyInput };
