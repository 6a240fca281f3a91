// @vitest-environment jsdom
/**
 * The page picks its transport: the desktop preload's `window.neurocanvas` when it is there (here
 * a stand-in that answers as main does), else the WebSocket.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import { trainerMessages } from '../../../src/protocol/testing/messages';
import { REPLY_TYPES, type RendererRequest } from '../../../src/protocol/renderer';
import type { DesktopBridge } from '../../../src/protocol/rendererBridge';
import { createLocaleStore } from '../i18n/localeStore';
import { saveFailed } from '../projects/saveFailures';
import { createDocumentStore } from '../stores/documentStore';
import { createProbeStore } from '../stores/trainingProbe';
import { createTrainingStore } from '../stores/trainingStore';
import { createUiStore } from '../stores/uiStore';
import { TrainingController } from '../training/trainingController';
import { newProject } from '../../../src/project';
import type { DesktopShell } from '../../../src/protocol/desktopBridge';
import { runMenuCommand } from '../commands/menuCommands';
import { testContext } from '../commands/testing/testContext';
import {
  connectDesktopShell,
  desktopBridgeOf,
  desktopShellOf,
  runShellCommand,
  type DesktopShellDeps,
} from './desktopHost';
import type { ProjectChoice } from './projectPicker';
import { createHostStore, liveClient } from './hostStore';
import { startHostSession } from './hostSession';

/** A bridge as the preload exposes it, answering each request as main would. */
function fakeBridge() {
  const requests: RendererRequest[] = [];
  const listeners = new Set<(message: unknown) => void>();
  const bridge: DesktopBridge = {
    request: async (request) => {
      requests.push(request);
      if (request.type !== 'listRecent') throw new Error('unexpected request');
      return { v, type: REPLY_TYPES.listRecent, requestId: request.requestId, entries: [] };
    },
    onMessage: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const post = (message: unknown) => listeners.forEach((listener) => listener(message));
  return { bridge, requests, post };
}

function appStores() {
  const stores = {
    doc: createDocumentStore(),
    training: createTrainingStore(),
    host: createHostStore(),
    ui: createUiStore(),
    probe: createProbeStore(),
  };
  return { stores, controller: new TrainingController(stores) };
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).neurocanvas;
});

describe('choosing the transport', () => {
  it('uses window.neurocanvas when the desktop app provides it, and opens no socket', async () => {
    const { bridge, requests, post } = fakeBridge();
    Object.assign(window, { neurocanvas: bridge });
    const { stores, controller } = appStores();
    const opened: string[] = [];
    await startHostSession(
      'ws://127.0.0.1:1/ws',
      {
        open: (url) => {
          opened.push(url);
          throw new Error('no socket in the desktop app');
        },
      },
      { host: stores.host, training: stores.training, controller },
    );
    expect(opened).toEqual([]);
    expect(stores.host.getState().status).toBe('connected');

    const client = liveClient(stores.host)!;
    const reply = await client.request({ type: 'listRecent' });
    expect(reply).toMatchObject({ type: 'recentList', entries: [] });
    expect(requests).toEqual([{ v, type: 'listRecent', requestId: expect.any(String) }]);

    // What main posts on the page's port reaches the page's client.
    const exit = { v, type: 'trainerExit', crashed: true, outOfMemory: false, message: 'Gone.' };
    const seen: unknown[] = [];
    client.onTrainerExit((e) => seen.push(e));
    client.onTrainerMessage((m) => seen.push(m));
    post({ v, type: 'trainerMessage', message: trainerMessages().epoch });
    post(exit);
    expect(seen).toEqual([trainerMessages().epoch, exit]);
  });

  it('uses the WebSocket in a browser', async () => {
    const { stores, controller } = appStores();
    const opened: string[] = [];
    await startHostSession(
      'ws://127.0.0.1:1/ws',
      {
        open: (url) => {
          opened.push(url);
          throw new Error('nothing listens');
        },
      },
      { host: stores.host, training: stores.training, controller },
    );
    expect(opened).toEqual(['ws://127.0.0.1:1/ws']);
    expect(stores.host.getState().status).toBe('unavailable');
  });

  it.each([
    ['nothing', undefined],
    ['a value that is no bridge', 'neurocanvas'],
    ['an object missing onMessage', { request: () => Promise.resolve(null) }],
  ])('takes %s on window.neurocanvas for no bridge', (_what, value) => {
    expect(desktopBridgeOf({ neurocanvas: value })).toBeNull();
  });
});

/** The shell's part of the bridge as the preload exposes it, recording what the page does. */
function fakeShell(chosen: string | null = null) {
  const commands = new Set<(name: string) => void>();
  const opens = new Set<(path: string) => void>();
  const reloads = new Set<(path: string) => void>();
  const reports: {
    unsaved: boolean;
    projectName: string;
    locale?: string;
    saveFailed?: boolean;
  }[] = [];
  const choices: unknown[] = [];
  const shell: DesktopShell = {
    onCommand: (h) => (commands.add(h), () => void commands.delete(h)),
    onOpenProject: (h) => (opens.add(h), () => void opens.delete(h)),
    onReloadProject: (h) => (reloads.add(h), () => void reloads.delete(h)),
    reportState: (state) => void reports.push(state),
    choose: async (choice) => {
      choices.push(choice);
      return chosen;
    },
  };
  return {
    shell,
    reports,
    choices,
    command: (name: string) => commands.forEach((h) => h(name)),
    open: (path: string) => opens.forEach((h) => h(path)),
    reload: (path: string) => reloads.forEach((h) => h(path)),
  };
}

function shellDeps(pick: () => Promise<ProjectChoice> = async () => null) {
  const doc = createDocumentStore(newProject('Digits'));
  const ran: unknown[] = [];
  const picked: ProjectChoice[] = [];
  let chooser: (() => Promise<ProjectChoice>) | null = null;
  let saveChooser: ((name: string) => Promise<string | null>) | null = null;
  let folderChooser: (() => Promise<string | null>) | null = null;
  const locale = createLocaleStore();
  const deps: DesktopShellDeps = {
    doc,
    locale,
    // Open, as it runs: it asks for its file before it first waits.
    runMenuCommand: (name) => {
      ran.push(name);
      if (name === 'openProject') void (chooser ?? pick)().then((c) => picked.push(c));
    },
    chooseProjectsWith: (c) => (chooser = c),
    chooseSavePathsWith: (c) => (saveChooser = c),
    chooseExportFoldersWith: (c) => (folderChooser = c),
  };
  return {
    deps,
    doc,
    locale,
    ran,
    picked,
    chooser: () => chooser,
    saveChooser: () => saveChooser,
    folderChooser: () => folderChooser,
  };
}

describe('the desktop shell', () => {
  it('is found only when the bridge has all its functions', () => {
    const { shell } = fakeShell();
    const { bridge } = fakeBridge();
    expect(desktopShellOf({ neurocanvas: { ...bridge, ...shell } })).not.toBeNull();
    expect(desktopShellOf({ neurocanvas: bridge })).toBeNull();
    expect(desktopShellOf({ neurocanvas: { ...shell } })).toBeNull();
    expect(desktopShellOf({ neurocanvas: { ...bridge, ...shell, choose: undefined } })).toBeNull();
  });

  it('runs what a menu chose through the menu commands', () => {
    const fake = fakeShell();
    const { deps, ran } = shellDeps();
    connectDesktopShell(fake.shell, deps);
    fake.command('undo');
    fake.command('notACommand');
    expect(ran).toEqual(['undo', 'notACommand']);
  });

  it('asks the system Save dialog for Save as, named after the project, until disconnected', async () => {
    const fake = fakeShell('/home/ada/Renamed.ncproj');
    const { deps, saveChooser } = shellDeps();
    const disconnect = connectDesktopShell(fake.shell, deps);
    expect(await saveChooser()!('Digits')).toBe('/home/ada/Renamed.ncproj');
    expect(fake.choices).toEqual([{ kind: 'saveProject', name: 'Digits' }]);
    disconnect();
    expect(saveChooser()).toBeNull();
  });

  it('asks the system folder dialog for the export folder, until disconnected', async () => {
    const fake = fakeShell('/home/ada/exports');
    const { deps, folderChooser } = shellDeps();
    const disconnect = connectDesktopShell(fake.shell, deps);
    expect(await folderChooser()!()).toBe('/home/ada/exports');
    expect(fake.choices).toEqual([{ kind: 'exportFolder' }]);
    disconnect();
    expect(folderChooser()).toBeNull();
  });

  it('runs a menu command by its real handler, which refuses unknown names', () => {
    expect(runMenuCommand('readFile')).toBe('unknown');
  });

  it('opens a file handed over by the system with Open, and then asks the dialog again', async () => {
    const fake = fakeShell('/home/ada/Chosen.ncproj');
    const { deps, picked, ran } = shellDeps();
    connectDesktopShell(fake.shell, deps);
    fake.open('/home/ada/Handed.ncproj');
    expect(ran).toEqual(['openProject']);
    await Promise.resolve();
    expect(picked).toEqual([{ kind: 'path', path: '/home/ada/Handed.ncproj' }]);
    expect(fake.choices).toEqual([]);
    fake.command('openProject');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.choices).toEqual([{ kind: 'openProject' }]);
    expect(picked.at(-1)).toEqual({ kind: 'path', path: '/home/ada/Chosen.ncproj' });
  });

  it('reloads a file changed on disk without asking again what main just asked', async () => {
    const fake = fakeShell();
    const { ctx, files } = testContext();
    let asked = 0;
    ctx.confirm = () => (asked++, false);
    const { deps } = shellDeps();
    connectDesktopShell(fake.shell, {
      ...deps,
      runMenuCommand: (name, run) => runShellCommand(name, run, ctx),
    });
    const edit = (name: string) =>
      ctx.doc.setState({ project: { ...ctx.doc.getState().project, name } });

    edit('Edited here');
    files.next = { name: 'Test.ncproj', project: newProject('Changed on disk') };
    fake.reload('/home/ada/Test.ncproj');
    await vi.waitFor(() => expect(ctx.doc.getState().project.name).toBe('Changed on disk'));
    expect(asked).toBe(0);

    // A file opened from the system still asks first about unsaved work (here: keep it).
    edit('Edited again');
    files.next = { name: 'Other.ncproj', project: newProject('Other') };
    fake.open('/home/ada/Other.ncproj');
    await vi.waitFor(() => expect(asked).toBe(1));
    expect(ctx.doc.getState().project.name).toBe('Edited again');
  });

  it('answers a cancelled native dialog with no choice', async () => {
    const fake = fakeShell(null);
    const { deps, chooser } = shellDeps();
    connectDesktopShell(fake.shell, deps);
    expect(await chooser()!()).toBeNull();
  });

  it('keeps main told whether there is unsaved work, once per change', () => {
    const fake = fakeShell();
    const { deps, doc } = shellDeps();
    const off = connectDesktopShell(fake.shell, deps);
    expect(fake.reports).toEqual([{ unsaved: false, projectName: 'Digits', locale: 'en' }]);
    doc.getState().load(newProject('Moons'));
    doc.setState({ project: { ...doc.getState().project, name: 'Moons 2' } });
    doc.setState({ project: { ...doc.getState().project } });
    doc.setState({ saved: doc.getState().project });
    expect(fake.reports).toEqual([
      { unsaved: false, projectName: 'Digits', locale: 'en' },
      { unsaved: false, projectName: 'Moons', locale: 'en' },
      { unsaved: true, projectName: 'Moons 2', locale: 'en' },
      { unsaved: false, projectName: 'Moons 2', locale: 'en' },
    ]);
    off();
    doc.setState({ project: { ...doc.getState().project, name: 'After' } });
    expect(fake.reports).toHaveLength(4);
  });

  it('tells main when a save failed, so a close waiting for it gives up', () => {
    const fake = fakeShell();
    const { deps, doc } = shellDeps();
    const off = connectDesktopShell(fake.shell, deps);
    doc.setState({ project: { ...doc.getState().project, name: 'Moons' } });
    saveFailed();
    expect(fake.reports.at(-1)).toEqual({
      unsaved: true,
      projectName: 'Moons',
      locale: 'en',
      saveFailed: true,
    });
    off();
    saveFailed();
    expect(fake.reports.at(-1)).toMatchObject({ projectName: 'Moons' });
    expect(fake.reports.filter((r) => 'saveFailed' in r)).toHaveLength(1);
  });

  it('tells main when the user switches languages, so menus and dialogs follow', () => {
    const fake = fakeShell();
    const { deps, locale } = shellDeps();
    const off = connectDesktopShell(fake.shell, deps);
    locale.getState().setLocale('ru');
    locale.getState().setLocale('ru');
    expect(fake.reports).toEqual([
      { unsaved: false, projectName: 'Digits', locale: 'en' },
      { unsaved: false, projectName: 'Digits', locale: 'ru' },
    ]);
    off();
    locale.getState().setLocale('en');
    expect(fake.reports).toHaveLength(2);
  });
});
