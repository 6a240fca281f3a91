import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n';
import { runMenuCommand } from './menuCommands';
import { testContext } from './testing/testContext';

afterEach(() => localeStore.getState().setLocale('en'));

describe('runMenuCommand', () => {
  it('runs a command the menu names, as its shortcut would', async () => {
    const { ctx } = testContext();
    expect(ctx.ui.getState().theme).toBe('light');
    expect(runMenuCommand('toggleTheme', ctx)).toBe('ran');
    expect(ctx.ui.getState().theme).toBe('dark');
  });

  it('explains a command that does not apply now instead of running it', () => {
    const { ctx } = testContext();
    expect(runMenuCommand('undo', ctx)).toBe('notNow');
    expect(ctx.ui.getState().notice?.text).toBe('Undo does not apply right now.');
    expect(runMenuCommand('connectTo', ctx)).toBe('notNow');
    expect(ctx.ui.getState().notice?.text).toBe('Connect does not apply right now.');
  });

  it('explains it in Russian when the interface speaks Russian', () => {
    localeStore.getState().setLocale('ru');
    const { ctx } = testContext();
    expect(runMenuCommand('undo', ctx)).toBe('notNow');
    expect(ctx.ui.getState().notice?.text).toBe('Команда «Отменить» сейчас недоступна.');
  });

  it.each(['format', '', 42, null, { name: 'undo' }, '__proto__'])(
    'refuses %j, which is not a command',
    (name) => {
      const { ctx } = testContext();
      expect(runMenuCommand(name, ctx)).toBe('unknown');
      expect(ctx.ui.getState().notice).toBeNull();
    },
  );
});
