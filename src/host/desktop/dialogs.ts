/**
 * The native open, save and export-folder dialogs the page may ask for. What the user picks there
 * is the only way a path outside the app's folders becomes usable by the page: main hands it to
 * `ProjectAccess.allowChosen` (see `shellPages.ts`), never a path the page names itself.
 */
import { join } from 'node:path';
import type { Translate } from '../../i18n';
import type { ShellChoice } from '../../protocol/desktopBridge';
import { PROJECT_EXTENSION } from './instance';

/** The fields of Electron's `OpenDialogOptions` / `SaveDialogOptions` used here. */
export interface FileDialogOptions<Property extends string = string> {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters?: { name: string; extensions: string[] }[];
  properties: Property[];
}

export type OpenDialogOptions = FileDialogOptions<'openFile' | 'openDirectory' | 'createDirectory'>;
export type SaveDialogOptions = FileDialogOptions<'createDirectory' | 'showOverwriteConfirmation'>;

/** Electron's `dialog`, as far as this uses it; `W` is the window the dialog belongs to. */
export interface DialogLike<W> {
  showOpenDialog(
    window: W,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: W,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface Chosen {
  path: string;
  kind: 'projectFile' | 'folder';
}

function projectFilter(t: Translate) {
  return { name: t('desktop.dialog.projectFilter'), extensions: [PROJECT_EXTENSION.slice(1)] };
}

/** A project name as a file name: no separators or characters some systems forbid. */
export function suggestedFileName(projectName: string): string {
  const base = projectName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 120);
  return `${base === '' || /^\.+$/.test(base) ? 'Untitled' : base}${PROJECT_EXTENSION}`;
}

/** The dialogs speak the page's language (`t`). */
export function saveDialogOptions(
  projectName: string,
  folder: string,
  t: Translate,
): SaveDialogOptions {
  return {
    title: t('desktop.dialog.saveTitle'),
    buttonLabel: t('desktop.dialog.saveButton'),
    defaultPath: join(folder, suggestedFileName(projectName)),
    filters: [projectFilter(t)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function openDialogOptions(
  kind: Exclude<ShellChoice['kind'], 'saveProject'>,
  folder: string,
  t: Translate,
): OpenDialogOptions {
  switch (kind) {
    case 'openProject':
      return {
        title: t('desktop.dialog.openTitle'),
        buttonLabel: t('desktop.dialog.openButton'),
        defaultPath: folder,
        filters: [projectFilter(t)],
        properties: ['openFile'],
      };
    case 'exportFolder':
      return {
        title: t('desktop.dialog.exportTitle'),
        buttonLabel: t('desktop.dialog.exportButton'),
        defaultPath: folder,
        properties: ['openDirectory', 'createDirectory'],
      };
  }
}

/**
 * Shows the dialog for `choice`, starting in `folder`, in the language of `t`; resolves with what
 * the user chose, or null when they cancelled. A saved file gets the project extension when the system's dialog left it off.
 */
export async function showChoice<W>(
  dialog: DialogLike<W>,
  window: W,
  choice: ShellChoice,
  folder: string,
  t: Translate,
): Promise<Chosen | null> {
  if (choice.kind === 'saveProject') {
    const saved = await dialog.showSaveDialog(window, saveDialogOptions(choice.name, folder, t));
    if (saved.canceled || !saved.filePath) return null;
    const path = saved.filePath.toLowerCase().endsWith(PROJECT_EXTENSION)
      ? saved.filePath
      : `${saved.filePath}${PROJECT_EXTENSION}`;
    return { path, kind: 'projectFile' };
  }
  const opened = await dialog.showOpenDialog(window, openDialogOptions(choice.kind, folder, t));
  const [path] = opened.filePaths;
  if (opened.canceled || path === undefined) return null;
  return { path, kind: choice.kind === 'exportFolder' ? 'folder' : 'projectFile' };
}
