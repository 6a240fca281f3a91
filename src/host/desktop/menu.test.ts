import { describe, expect, it } from 'vitest';
import { COMMAND_CATALOG, commandLabel, type CommandName } from '../../commands/catalog';
import { translator } from '../../i18n';
import { acceleratorOf, buildMenuTemplate, type MenuContext, type MenuItemTemplate } from './menu';

function context(overrides: Partial<MenuContext> = {}) {
  const ran: CommandName[] = [];
  const opened: string[] = [];
  const ctx: MenuContext = {
    platform: 'linux',
    isPackaged: true,
    t: translator('en'),
    recent: [],
    runCommand: (name) => ran.push(name),
    openRecent: (path) => opened.push(path),
    ...overrides,
  };
  return { ctx, ran, opened };
}

/** Every item, however deep. */
function allItems(items: readonly MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}

const byId = (items: readonly MenuItemTemplate[], id: string) =>
  allItems(items).filter((item) => item.id === id);

describe('acceleratorOf', () => {
  it.each([
    ['Ctrl+Z', 'CmdOrCtrl+Z'],
    ['Ctrl+Shift+S', 'CmdOrCtrl+Shift+S'],
    ['Shift+1', 'Shift+1'],
    ['Delete', 'Delete'],
    ['C', 'C'],
    ['Ctrl+Enter', 'CmdOrCtrl+Enter'],
  ])('%s → %s', (shortcut, accelerator) => {
    expect(acceleratorOf(shortcut)).toBe(accelerator);
  });
});

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Train and Help, with the app menu first on macOS', () => {
    const titles = (items: MenuItemTemplate[]) => items.map((m) => m.label?.replace('&', ''));
    expect(titles(buildMenuTemplate(context().ctx))).toEqual([
      'File',
      'Edit',
      'View',
      'Train',
      'Help',
    ]);
    const mac = buildMenuTemplate(context({ platform: 'darwin' }).ctx);
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(titles(mac.slice(1))).toEqual(['File', 'Edit', 'View', 'Train', 'Help']);
  });

  it.each(COMMAND_CATALOG.map((c) => [c.name, c] as const))(
    '%s appears once, in its menu, with its label and its shortcut as accelerator',
    (name, command) => {
      const { ctx, ran } = context();
      const template = buildMenuTemplate(ctx);
      const [item, ...more] = byId(template, name);
      expect(more).toEqual([]);
      expect(item!.label).toBe(commandLabel(command.name, translator('en')));
      expect(item!.accelerator).toBe(
        'shortcut' in command ? acceleratorOf(command.shortcut) : undefined,
      );
      const menu = template.find(
        (m) => m.label === `&${command.menu[0]!.toUpperCase()}${command.menu.slice(1)}`,
      );
      expect(menu!.submenu).toContain(item);
      if (item!.role) {
        // The system's own copy and paste fire the page's events, which run the command.
        expect(item!.role).toBe(name);
      } else {
        expect(item!.registerAccelerator).toBe(false);
        item!.click!();
        expect(ran).toEqual([name]);
      }
    },
  );

  it('lists recent projects under File, opening the one chosen', () => {
    const { ctx, opened } = context({
      recent: [
        { path: '/p/mnist.ncproj', name: 'MNIST', usedAt: '2026-01-02T00:00:00.000Z' },
        { path: '/p/iris.ncproj', name: 'Iris & co', usedAt: '2026-01-01T00:00:00.000Z' },
      ],
    });
    const [recent] = byId(buildMenuTemplate(ctx), 'openRecent');
    const labels = recent!.submenu!.map((item) => item.label ?? item.type);
    expect(labels).toEqual(['MNIST — /p/mnist.ncproj', 'Iris && co — /p/iris.ncproj']);
    recent!.submenu![1]!.click!();
    expect(opened).toEqual(['/p/iris.ncproj']);
  });

  it('says when there are no recent projects', () => {
    const [recent] = byId(buildMenuTemplate(context().ctx), 'openRecent');
    expect(recent!.submenu).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('speaks Russian when the page does: menus, commands and the system items', () => {
    const template = buildMenuTemplate(context({ t: translator('ru'), isPackaged: false }).ctx);
    expect(template.map((m) => m.label)).toEqual([
      '&Файл',
      '&Правка',
      '&Вид',
      '&Обучение',
      '&Справка',
    ]);
    expect(byId(template, 'saveProjectAs')[0]!.label).toBe('Сохранить как…');
    expect(byId(template, 'startTraining')[0]!.label).toBe('Обучить');
    expect(byId(template, 'openRecent')[0]!.submenu).toEqual([
      { label: 'Недавних проектов нет', enabled: false },
    ]);
    // Electron's own labels for roles are English, so every item carries a label of its own.
    const unlabelled = allItems(template).filter((i) => i.type !== 'separator' && !i.label);
    expect(unlabelled).toEqual([]);
    const labels = allItems(template).map((i) => i.label ?? '');
    expect(labels).toContain('В&ыход');
    expect(labels.filter((l) => /[A-Za-z]{3}/.test(l) && !l.includes('NeuroCanvas'))).toEqual([]);
  });

  it('offers Reload and the developer tools only before packaging', () => {
    const roles = (isPackaged: boolean) =>
      allItems(buildMenuTemplate(context({ isPackaged }).ctx)).map((item) => item.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
  });

  it('never puts two separators together, nor one at either end of a menu', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      for (const menu of buildMenuTemplate(context({ platform, isPackaged: false }).ctx)) {
        const kinds = (menu.submenu ?? []).map((item) => item.type === 'separator');
        expect(kinds[0]).not.toBe(true);
        expect(kinds.at(-1)).not.toBe(true);
        expect(kinds.some((s, i) => s && kinds[i + 1])).toBe(false);
      }
    }
  });
});
