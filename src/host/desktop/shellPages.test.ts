/**
 * The shell's own messages between main and a page, over IPC played by plain objects: the page is
 * the real preload API, main the real `ShellPages`, and every message is a structured clone.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP_BRIDGE_KEY, type ShellChoice } from '../../protocol/desktopBridge';
import type { Chosen } from './dialogs';
import {
  CHOOSE_CHANNEL,
  COMMAND_CHANNEL,
  OPEN_PATH_CHANNEL,
  PAGE_STATE_CHANNEL,
} from './ipcChannels';
import { FakeContextBridge, FakeIpcMain, pageIpc, type PageOptions } from './ipcTesting';
import { exposeDesktopBridge, type PageApi } from './preloadApi';
import { sendCommand, sendOpenPath, ShellPages } from './shellPages';
import { isAppUrl } from './window';

function setUp(chosen: Chosen | null = null) {
  const shown: { contentsId: number; choice: ShellChoice }[] = [];
  const allowed: Chosen[] = [];
  const pages = new ShellPages({
    isAppUrl,
    show: async (contentsId, choice) => {
      shown.push({ contentsId, choice });
      return chosen;
    },
    allow: async (c) => {
      allowed.push(c);
      return `/real${c.path}`;
    },
  });
  const ipcMain = new FakeIpcMain();
  pages.register(ipcMain);
  const open = (options: PageOptions = {}) => {
    const ipc = pageIpc(ipcMain, options);
    const contextBridge = new FakeContextBridge();
    exposeDesktopBridge(contextBridge, ipc);
    const api = contextBridge.exposed.get(DESKTOP_BRIDGE_KEY) as PageApi;
    return { api, contents: ipc.contents };
  };
  return { pages, ipcMain, open, shown, allowed };
}

describe('menu commands sent to the page', () => {
  it('reach the page by name', () => {
    const { open } = setUp();
    const { api, contents } = open();
    const seen: string[] = [];
    api.onCommand((name) => seen.push(name));
    expect(sendCommand(contents, 'saveProject')).toBe(true);
    expect(sendCommand(contents, 'undo')).toBe(true);
    expect(seen).toEqual(['saveProject', 'undo']);
  });

  it.each([['readFile'], ['__proto__'], [''], [42], [null], [{ name: 'undo' }]])(
    'refuses %j, sending nothing',
    (name) => {
      const sent: unknown[] = [];
      expect(sendCommand({ id: 1, send: (...args) => sent.push(args) }, name)).toBe(false);
      expect(sent).toEqual([]);
    },
  );

  it('are not handed on by the preload unless they are one string', () => {
    const { open } = setUp();
    const { api, contents } = open();
    const seen: string[] = [];
    const off = api.onCommand((name) => seen.push(name));
    contents.send(COMMAND_CHANNEL, { name: 'undo' });
    contents.send(COMMAND_CHANNEL, 'undo', 'redo');
    contents.send(COMMAND_CHANNEL);
    expect(seen).toEqual([]);
    off();
    contents.send(COMMAND_CHANNEL, 'undo');
    expect(seen).toEqual([]);
  });
});

describe('project files opened from the system', () => {
  it('reach the page as a path', () => {
    const { open } = setUp();
    const { api, contents } = open();
    const seen: string[] = [];
    api.onOpenProject((path) => seen.push(path));
    expect(sendOpenPath(contents, '/home/ada/Digits.ncproj')).toBe(true);
    expect(seen).toEqual(['/home/ada/Digits.ncproj']);
  });

  it.each([['relative.ncproj'], ['/etc/passwd'], [`/${'a'.repeat(5000)}.ncproj`], [7]])(
    'refuses %j',
    (path) => {
      const sent: unknown[] = [];
      expect(sendOpenPath({ id: 1, send: (...args) => sent.push(args) }, path)).toBe(false);
      expect(sent).toEqual([]);
    },
  );
});

describe('the unsaved state a page reports', () => {
  it('is kept per page', () => {
    const { pages, open } = setUp();
    const first = open({ contentsId: 1 });
    open({ contentsId: 2 });
    expect(pages.isUnsaved(1)).toBe(false);
    first.api.reportState({ unsaved: true, projectName: 'Digits' });
    expect(pages.isUnsaved(1)).toBe(true);
    expect(pages.projectName(1)).toBe('Digits');
    expect(pages.isUnsaved(2)).toBe(false);
    pages.forget(1);
    expect(pages.isUnsaved(1)).toBe(false);
  });

  it.each([
    ['another site', { url: 'https://example.com/' }, { unsaved: true, projectName: 'x' }],
    ['a frame inside the page', { parent: {} }, { unsaved: true, projectName: 'x' }],
    ['a wrong shape', {}, { unsaved: 'yes', projectName: 'x' }],
    ['an extra field', {}, { unsaved: true, projectName: 'x', path: '/etc' }],
    ['a huge name', {}, { unsaved: true, projectName: 'x'.repeat(500) }],
    ['a language it does not speak', {}, { unsaved: true, projectName: 'x', locale: 'de' }],
  ] as const)('is refused from %s', (_what, page, state) => {
    const { pages, ipcMain } = setUp();
    const ipc = pageIpc(ipcMain, page);
    ipc.send(PAGE_STATE_CHANNEL, state);
    expect(pages.isUnsaved(1)).toBe(false);
  });

  it('closes a window waiting for its save once the page says the work is saved', () => {
    const { pages, open } = setUp();
    const { api } = open();
    api.reportState({ unsaved: true, projectName: 'Digits' });
    let closed = 0;
    pages.closeWhenSaved(1, () => closed++);
    api.reportState({ unsaved: true, projectName: 'Digits' });
    expect(closed).toBe(0);
    api.reportState({ unsaved: false, projectName: 'Digits' });
    api.reportState({ unsaved: false, projectName: 'Digits' });
    expect(closed).toBe(1);
  });
});

describe('the language a page reports', () => {
  it('is kept per page, and each change is passed on once', () => {
    const changes: [number, string][] = [];
    const pages = new ShellPages({
      isAppUrl,
      show: async () => null,
      allow: async (c) => c.path,
      defaultLocale: 'ru',
      localeChanged: (contentsId, locale) => changes.push([contentsId, locale]),
    });
    const ipcMain = new FakeIpcMain();
    pages.register(ipcMain);
    const contextBridge = new FakeContextBridge();
    exposeDesktopBridge(contextBridge, pageIpc(ipcMain, { contentsId: 3 }));
    const api = contextBridge.exposed.get(DESKTOP_BRIDGE_KEY) as PageApi;
    // Before the page says, the system's language.
    expect(pages.localeOf(3)).toBe('ru');
    expect(pages.projectName(3)).toBe('');
    api.reportState({ unsaved: false, projectName: 'Digits', locale: 'en' });
    api.reportState({ unsaved: true, projectName: 'Digits', locale: 'en' });
    api.reportState({ unsaved: true, projectName: 'Digits' });
    expect(pages.localeOf(3)).toBe('en');
    api.reportState({ unsaved: true, projectName: 'Digits', locale: 'ru' });
    expect(pages.localeOf(3)).toBe('ru');
    expect(changes).toEqual([
      [3, 'en'],
      [3, 'ru'],
    ]);
  });
});

describe('a close waiting for the page to save', () => {
  it('is dropped when the user cancels the save dialog, so a later save does not close', async () => {
    const { pages, open } = setUp(null);
    const { api } = open();
    api.reportState({ unsaved: true, projectName: 'Digits' });
    let closed = 0;
    pages.closeWhenSaved(1, () => closed++);
    expect(await api.choose({ kind: 'saveProject', name: 'Digits' })).toBeNull();
    api.reportState({ unsaved: false, projectName: 'Digits' });
    expect(closed).toBe(0);
  });

  it('is dropped when the page says the save failed, so a later save does not close', () => {
    const { pages, open } = setUp();
    const { api } = open();
    api.reportState({ unsaved: true, projectName: 'Digits' });
    let closed = 0;
    pages.closeWhenSaved(1, () => closed++);
    api.reportState({ unsaved: true, projectName: 'Digits', saveFailed: true });
    expect(pages.isUnsaved(1)).toBe(true);
    api.reportState({ unsaved: false, projectName: 'Digits' });
    expect(closed).toBe(0);
  });

  it.each([
    ['another dialog is cancelled', null, { kind: 'exportFolder' }],
    [
      'the save dialog gives a path',
      { kind: 'projectFile', path: '/d.ncproj' },
      { kind: 'saveProject', name: 'D' },
    ],
  ] as const)('still waits when %s', async (_what, chosen, choice) => {
    const { pages, open } = setUp(chosen);
    const { api } = open();
    api.reportState({ unsaved: true, projectName: 'Digits' });
    let closed = 0;
    pages.closeWhenSaved(1, () => closed++);
    await api.choose(choice);
    api.reportState({ unsaved: false, projectName: 'Digits' });
    expect(closed).toBe(1);
  });
});

describe('what waits for a page to listen', () => {
  it('goes once the page first reports, and at once after that', () => {
    const { pages, open } = setUp();
    const { api } = open();
    const ran: string[] = [];
    pages.whenListening(1, () => ran.push('first'));
    pages.whenListening(1, () => ran.push('second'));
    expect(ran).toEqual([]);
    api.reportState({ unsaved: false, projectName: 'Untitled' });
    expect(ran).toEqual(['first', 'second']);
    pages.whenListening(1, () => ran.push('third'));
    api.reportState({ unsaved: true, projectName: 'Untitled' });
    expect(ran).toEqual(['first', 'second', 'third']);
  });

  it('does not go for a report that was refused', () => {
    const { pages, ipcMain } = setUp();
    const ran: string[] = [];
    pages.whenListening(1, () => ran.push('sent'));
    pageIpc(ipcMain).send(PAGE_STATE_CHANNEL, { unsaved: 1 });
    expect(ran).toEqual([]);
  });
});

describe('native dialogs a page asks for', () => {
  it('allow the path the user chose, and answer with it', async () => {
    const { open, shown, allowed } = setUp({ path: '/home/ada/new.ncproj', kind: 'projectFile' });
    const { api } = open({ contentsId: 3 });
    expect(await api.choose({ kind: 'saveProject', name: 'Digits' })).toBe(
      '/real/home/ada/new.ncproj',
    );
    expect(shown).toEqual([{ contentsId: 3, choice: { kind: 'saveProject', name: 'Digits' } }]);
    expect(allowed).toEqual([{ path: '/home/ada/new.ncproj', kind: 'projectFile' }]);
  });

  it('answer null, allowing nothing, when the user cancels', async () => {
    const { open, allowed } = setUp(null);
    expect(await open().api.choose({ kind: 'openProject' })).toBeNull();
    expect(allowed).toEqual([]);
  });

  it.each([
    ['an unknown dialog', {}, { kind: 'readAnyFile' }, /not a dialog NeuroCanvas shows/],
    ['a path of its own', {}, { kind: 'openProject', path: '/etc/x.ncproj' }, /not a dialog/],
    ['another site', { url: 'https://example.com/' }, { kind: 'openProject' }, /page itself/],
  ] as const)('are refused for %s', async (_what, page, choice, error) => {
    const { ipcMain, shown } = setUp({ path: '/x.ncproj', kind: 'projectFile' });
    await expect(pageIpc(ipcMain, page).invoke(CHOOSE_CHANNEL, choice)).rejects.toThrow(error);
    expect(shown).toEqual([]);
  });

  it('are refused by the preload before IPC for an unknown kind', async () => {
    const { open, shown } = setUp();
    const { api } = open();
    await expect(api.choose({ kind: 'anything' } as unknown as ShellChoice)).rejects.toThrow(
      /is not a dialog NeuroCanvas shows/,
    );
    expect(shown).toEqual([]);
  });
});

it('registers only its two channels', () => {
  const { ipcMain } = setUp();
  expect([...ipcMain.listeners.keys()]).toEqual([PAGE_STATE_CHANNEL]);
  expect([...ipcMain.handlers.keys()]).toEqual([CHOOSE_CHANNEL]);
  expect(OPEN_PATH_CHANNEL).not.toBe(COMMAND_CHANNEL);
});
