import { describe, expect, it } from 'vitest';
import { isMessageKey, translator } from '../i18n';
import {
  COMMAND_CATALOG,
  commandLabel,
  commandLabelKey,
  commandNameSchema,
  describedAs,
  isCommandName,
  MENUS,
} from './catalog';

describe('the command catalog', () => {
  it('names each command once, puts each in a menu, and gives no two the same shortcut', () => {
    const names = COMMAND_CATALOG.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMAND_CATALOG) expect(MENUS).toContain(c.menu);
    const shortcuts = COMMAND_CATALOG.flatMap((c) => ('shortcut' in c ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('lists each menu in one stretch, groups in order, so separators fall between groups', () => {
    const menus = COMMAND_CATALOG.map((c) => c.menu);
    const stretches = menus.filter((m, i) => m !== menus[i - 1]);
    expect(stretches).toEqual([...new Set(stretches)]);
    for (const menu of MENUS) {
      const groups = COMMAND_CATALOG.filter((c) => c.menu === menu).map((c) => c.group);
      expect(groups).toEqual([...groups].sort((a, b) => a - b));
    }
  });

  it.each([
    ['undo', true],
    ['startTraining', true],
    ['format', false],
    ['', false],
    [42, false],
    [null, false],
  ])('knows whether %j is a command', (name, known) => {
    expect(isCommandName(name)).toBe(known);
    expect(commandNameSchema.safeParse(name).success).toBe(known);
  });

  it('describes a command for the renderer: name, and shortcut only if it has one', () => {
    expect(describedAs('saveProjectAs')).toEqual({
      name: 'saveProjectAs',
      shortcut: 'Ctrl+Shift+S',
    });
    expect(describedAs('newProject')).toEqual({ name: 'newProject' });
  });

  it.each(COMMAND_CATALOG.map((c) => [c.name] as const))(
    '%s is named by a message in every language, all different within one language',
    (name) => {
      expect(isMessageKey(commandLabelKey(name))).toBe(true);
      for (const locale of ['en', 'ru'] as const) {
        const label = commandLabel(name, translator(locale));
        expect(label.trim()).not.toBe('');
        const others = COMMAND_CATALOG.filter((c) => c.name !== name).map((c) =>
          commandLabel(c.name, translator(locale)),
        );
        expect(others).not.toContain(label);
      }
    },
  );

  it.each([
    ['saveProjectAs', 'Save as…', 'Сохранить как…'],
    ['startTraining', 'Train', 'Обучить'],
    ['undo', 'Undo', 'Отменить'],
  ] as const)('calls %s “%s” in English and “%s” in Russian', (name, english, russian) => {
    expect(commandLabel(name, translator('en'))).toBe(english);
    expect(commandLabel(name, translator('ru'))).toBe(russian);
  });
});
