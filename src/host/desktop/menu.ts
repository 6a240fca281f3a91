/**
 * The desktop app's native menus (File, Edit, View, Train, Help), built as plain data from the
 * command catalog. `electron/main.ts` hands the result to `Menu.buildFromTemplate`, and builds it
 * again in the page's language when the user switches the interface's language.
 *
 * The page runs every shortcut itself, with its rules about text fields (Delete deletes a layer,
 * but a character in a field being edited). So a menu shows each command's accelerator without
 * registering it (`registerAccelerator: false`), and a click asks the page to run the command by
 * name. Copy and Paste are the exception: they are the system's own roles, which fire the page's
 * copy and paste events, which run the same commands outside text fields and edit text inside them.
 */
import {
  COMMAND_CATALOG,
  commandLabel,
  MENUS,
  type CommandName,
  type MenuName,
} from '../../commands/catalog';
import type { MessageKey, Translate } from '../../i18n';
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
  /** Messages in the language the menus speak: the page's. */
  t: Translate;
  /** The app's own recent list, newest first. */
  recent: readonly RecentEntry[];
  /** Asks the page to run a command, as if its shortcut had been pressed. */
  runCommand(name: CommandName): void;
  openRecent(path: string): void;
}

const TITLES: Record<MenuName, MessageKey> = {
  file: 'desktop.menu.file',
  edit: 'desktop.menu.edit',
  view: 'desktop.menu.view',
  train: 'desktop.menu.train',
  help: 'desktop.menu.help',
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
    label: ctx.t(TITLES[menu]),
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
      label: commandLabel(command.name, ctx.t),
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
    label: ctx.t('desktop.menu.openRecent'),
    submenu:
      entries.length === 0 ? [{ label: ctx.t('desktop.menu.noRecent'), enabled: false }] : entries,
  };
}

/**
 * The items that are the system's own rather than commands of the app. Each is labelled here, as
 * Electron's own labels for roles are English whatever the language.
 */
function extras(menu: MenuName, ctx: MenuContext): MenuItemTemplate[] {
  const separator: MenuItemTemplate = { type: 'separator' };
  const item = (role: MenuRole, label: MessageKey): MenuItemTemplate => ({
    role,
    label: ctx.t(label),
  });
  switch (menu) {
    case 'file':
      return ctx.platform === 'darwin'
        ? [separator, item('close', 'desktop.menu.close')]
        : [separator, item('quit', 'desktop.menu.exit')];
    case 'edit':
      // Cut edits text fields only; layers are copied and deleted.
      return [separator, item('cut', 'desktop.menu.cutText')];
    case 'view':
      return [
        separator,
        item('resetZoom', 'desktop.menu.resetZoom'),
        item('zoomIn', 'desktop.menu.zoomIn'),
        item('zoomOut', 'desktop.menu.zoomOut'),
        separator,
        item('togglefullscreen', 'desktop.menu.fullScreen'),
        ...(ctx.isPackaged
          ? []
          : [
              separator,
              item('reload', 'desktop.menu.reload'),
              item('toggleDevTools', 'desktop.menu.devTools'),
            ]),
      ];
    case 'train':
      return [];
    case 'help':
      return [separator, item('about', 'desktop.menu.about')];
  }
}
