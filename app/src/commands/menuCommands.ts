/**
 * Commands chosen in the desktop app's native menus. The menu sends a command's name; the page
 * runs it exactly as its shortcut would, from the same list. The menu cannot grey out items as the
 * page's state changes, so a command that does not apply now is explained instead of run.
 */
import { isCommandName } from '../../../src/commands/catalog';
import { appCommandContext, runCommand } from './appContext';
import { commands, isEnabled } from './index';
import type { CommandContext } from './types';

export type MenuCommandOutcome = 'ran' | 'notNow' | 'unknown';

export function runMenuCommand(
  name: unknown,
  ctx: CommandContext = appCommandContext(),
): MenuCommandOutcome {
  const command = isCommandName(name) ? commands.find((c) => c.name === name) : undefined;
  if (!command) return 'unknown';
  if (!isEnabled(command, ctx)) {
    ctx.ui.getState().announce(`${command.label.replace(/…$/, '')} does not apply right now.`);
    return 'notNow';
  }
  runCommand(command, ctx);
  return 'ran';
}
