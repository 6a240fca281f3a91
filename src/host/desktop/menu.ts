/**
 * The desktop app's native menus (File, Edit, View, Train, Help), built as plain data from the
 * command catalog. `electron/main.ts` hands the result to `Menu.buildFromTemplate`.
 *
 * The page runs every shortcut itself, with its rules about text fields (Delete deletes a layer,
 * but a character in a field being edited). So a menu shows each command's accelerator without
 * registering it (`registerAccelerator: false`), and a click asks the page to run the command by
 * name. Copy and Paste are the exception: they are the system's own roles, which fire the page's
 * copy and paste events, which run the same commands outside text fields and edit text inside them.
 */
import { COMMAND_CATALOG, MENUS, type CommandName, type MenuName } from '../../commands/catalog';
import type { RecentEntry } from '../../protocol/renderer';

/** The menu roles used here: a subset of Electron's, so the template is a valid Electron one. */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'quit'
  | 'close'
  | 'copy'
  | 'paste'
  | 'cut'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'reload';

/** The fields of Electron's `MenuItemConstructorOptions` this builder fills in. */
export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Development builds get Reload and the developer tools. */
  isPackaged: boolean;
  /** The app's own recent list, newest first. */
  recent: readonly RecentEntry[];
  /** Asks the page to run a command, as if its shortcut had been pressed. */
  runCommand(name: CommandName): void;
  openRecent(path: string): void;
}

const TITLES: Record<MenuName, string> = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  train: '&Train',
  help: '&Help',
};

/** Commands that are the system's own edit roles (see above). */
const ROLES: Partial<Record<CommandName, MenuRole>> = { copy: 'copy', paste: 'paste' };

/**
 * A shortcut as the catalog writes it, as an Electron accelerator: 'Ctrl' is ⌘ on macOS and Ctrl
 * elsewhere, which is exactly what the page's shortcuts accept.
 */
export function acceleratorOf(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Ctrl' ? 'CmdOrCtrl' : part))
    .join('+');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemTemplate[] {
  const menus: MenuItemTemplate[] = MENUS.map((menu) => ({
    label: TITLES[menu],
    submenu: [...commandItems(menu, ctx), ...extras(menu, ctx)],
  }));
  // On macOS the first menu is the application's own (About, Quit), named after the app.
  return ctx.platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}

function commandItems(menu: MenuName, ctx: MenuContext): MenuItemTemplate[] {
  const items: MenuItemTemplate[] = [];
  let group: number | null = null;
  for (const command of COMMAND_CATALOG.filter((c) => c.menu === menu)) {
    if (group !== null && command.group !== group) items.push({ type: 'separator' });
    group = command.group;
    const shortcut = 'shortcut' in command ? command.shortcut : undefined;
    const role = ROLES[command.name];
    items.push({
      id: command.name,
      label: command.label,
      ...(role
        ? { role }
        : { click: () => ctx.runCommand(command.name), registerAccelerator: false }),
      ...(shortcut ? { accelerator: acceleratorOf(shortcut) } : {}),
    });
    if (command.name === 'openProject') items.push(openRecentItem(ctx));
  }
  return items;
}

function openRecentItem(ctx: MenuContext): MenuItemTemplate {
  const entries: MenuItemTemplate[] = ctx.recent.map((entry) => ({
    // '&' marks a menu's access key; a name's own '&' is doubled to show as itself.
    label: `${entry.name} — ${entry.path}`.replaceAll('&', '&&'),
    click: () => ctx.openRecent(entry.path),
  }));
  return {
    id: 'openRecent',
    label: 'Open recent',
    submenu: entries.length === 0 ? [{ label: 'No recent projects', enabled: false }] : entries,
  };
}

/** The items that are the system's own rather than commands of the app. */
function extras(menu: MenuName, ctx: MenuContext): MenuItemTemplate[] {
  const separator: MenuItemTemplate = { type: 'separator' };
  switch (menu) {
    case 'file':
      return ctx.platform === 'darwin'
        ? [separator, { role: 'close' }]
        : [separator, { role: 'quit', label: 'E&xit' }];
    case 'edit':
      // Cut edits text fields only; layers are copied and deleted.
      return [separator, { role: 'cut', label: 'Cut text' }];
    case 'view':
      return [
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(ctx.isPackaged
          ? []
          : [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ];
    case 'train':
      return [];
    case 'help':
      return [separator, { role: 'about', label: 'About NeuroCanvas' }];
  }
}
