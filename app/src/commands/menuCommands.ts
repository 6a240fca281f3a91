/**
 * Commands chosen in the desktop app's native menus. The menu sends a command's name; the page
 * runs it exactly as its shortcut would, from the same list. The menu cannot grey out items as the
 * page's state changes, so a command that does not apply now is explained instead of run.
 */
import { commandLabel, isCommandName } from '../../../src/commands/catalog';
import { currentT } from '../i18n';
import { appCommandContext, runCommand } from './appContext';
import { announceUnavailable, commands, isEnabled } from './index';
import type { CommandContext } from './types';

export type MenuCommandOutcome = 'ran' | 'notNow' | 'unknown';

export function runMenuCommand(
  name: unknown,
  ctx: CommandContext = appCommandContext(),
): MenuCommandOutcome {
  const command = isCommandName(name) ? commands.find((c) => c.name === name) : undefined;
  if (!command) return 'unknown';
  if (!isEnabled(command, ctx)) {
    if (announceUnavailable(command, ctx)) return 'notNow';
    const t = currentT();
    const label = commandLabel(command.name, t).replace(/…$/, '');
    ctx.ui.getState().announce(t('commands.notNow', { command: label }));
    return 'notNow';
  }
  runCommand(command, ctx);
  return 'ran';
}
