/** Every command, in the order the toolbar shows them. */
import { connectTo } from '../canvas/connect/connectCommand';
import { exportModel } from '../export/exportCommand';
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
];

export function getCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`No command '${name}'.`);
  return command;
}

export const isEnabled = (command: Command, ctx: CommandContext): boolean =>
  command.predicate?.(ctx) ?? true;

/** The command a key press stands for, if any. */
export function commandForKey(key: KeyInput): Command | undefined {
  return commands.find((c) => c.keyTest?.(key));
}

export type { Command, CommandContext, KeyInput };
