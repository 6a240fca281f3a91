/**
 * The desktop app's main process: glue between Electron and the code in `src/host/`, where the
 * logic and its tests live. It makes the app's windows safe (`window.ts`), serves the renderer
 * from its own scheme (`windowProtocol.ts`), answers the page's requests through the IPC bridge
 * with the same handling browser mode's host uses (`ipcBridge.ts`), starts each page's trainer as
 * a utility process that streams to the page over a MessagePort (`trainerUtility.ts`), and runs the native menus (`menu.ts`), dialogs
 * (`dialogs.ts`, `shellPages.ts`), recent documents (`recentDocuments.ts`), the question about
 * unsaved work on close (`filesClosing.ts`) and the watch on open files (`filesWatch.ts`,
 * `openProjects.ts`).
 *
 * Built by `npm run build:desktop` into out/main/main.js, with the trainer into out/main/trainer.js
 * and the preload into out/preload/.
 */
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  net,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
  webContents,
} from 'electron';
import { matchLocale, translator, type Locale } from '../src/i18n';
import { showChoice } from '../src/host/desktop/dialogs';
import { closeAnswer, guardClose, unsavedChangesQuestion } from '../src/host/desktop/filesClosing';
import {
  changedOnDiskAnswer,
  changedOnDiskQuestion,
  DiskWatcher,
  type DiskChange,
} from '../src/host/desktop/filesWatch';
import { IpcBridge } from '../src/host/desktop/ipcBridge';
import { buildMenuTemplate } from '../src/host/desktop/menu';
import { actOnDiskAnswer, OpenProjects } from '../src/host/desktop/openProjects';
import { RecentDocuments } from '../src/host/desktop/recentDocuments';
import { sendCommand, sendOpenPath, ShellPages } from '../src/host/desktop/shellPages';
import { utilityTrainerSpawn } from '../src/host/desktop/trainerUtility';
import {
  APP_SCHEME,
  APP_URL,
  guardContents,
  guardSession,
  isAppUrl,
  windowOptions,
} from '../src/host/desktop/window';
import { appFile } from '../src/host/desktop/windowProtocol';
import { claimSingleInstance, projectPathsInArgv } from '../src/host/desktop/instance';
import { readWindowState, rememberWindowState } from '../src/host/desktop/windowState';
import { DataImports } from '../src/host/server/dataImports';
import { DatasetDownloads } from '../src/host/server/datasetDownloads';
import { ProjectAccess } from '../src/host/server/projectAccess';
import { RecoveryCopies } from '../src/host/server/recoveryCopies';

// Before the app is ready: the app's scheme behaves as a secure, standard origin (so 'self',
// fetch and storage work as on https), and every renderer is sandboxed, whatever a window asks.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

/** Where the app's files are: the repository when run from it, the archive when packaged. */
const root = app.getAppPath();
const RENDERER_DIR = join(root, 'dist', 'renderer');
const PRELOAD = join(root, 'out', 'preload', 'preload.cjs');
/** The trainer module, compiled beside main (`electron/trainer.ts`): no TypeScript loader needed. */
const TRAINER = join(root, 'out', 'main', 'trainer.js');

async function main(): Promise<void> {
  // Files handed to the app (a second launch, the Finder) wait until it can open them.
  let openInApp: ((paths: string[]) => Promise<void>) | null = null;
  const handedOver: string[] = [];
  let lastWindow: BrowserWindow | null = null;
  // A second launch (a project opened from the file manager) comes to this app instead.
  const first = claimSingleInstance(app, (action) => {
    if (action.kind === 'open') {
      if (openInApp) void openInApp(action.paths);
      else handedOver.push(...action.paths);
      return;
    }
    if (!lastWindow || lastWindow.isDestroyed()) return;
    if (lastWindow.isMinimized()) lastWindow.restore();
    lastWindow.focus();
  });
  if (!first) {
    app.quit();
    return;
  }
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const watcher = new DiskWatcher((change) => void askAboutChange(change));
  // The app's own saves are not changes by another program.
  const files = OpenProjects.watchSaves(
    await ProjectAccess.create({ dataDir, allowedPaths: [] }),
    watcher,
  );
  const openProjects = new OpenProjects(watcher);
  const recent = new RecentDocuments(dataDir, app, () => void setMenu());

  // Menus and dialogs speak the page's language; until a page says, the system's.
  const systemLocale = matchLocale(app.getPreferredSystemLanguages());
  let menuLocale: Locale = systemLocale;
  const followLocale = (locale: Locale) => {
    if (locale === menuLocale) return;
    menuLocale = locale;
    void setMenu();
  };

  const windowOf = (contentsId: number): BrowserWindow | null => {
    const contents = webContents.fromId(contentsId);
    return contents ? BrowserWindow.fromWebContents(contents) : null;
  };
  const pages = new ShellPages({
    isAppUrl,
    show: (contentsId, choice) => {
      const window = windowOf(contentsId);
      if (!window) return Promise.resolve(null);
      const t = translator(pages.localeOf(contentsId));
      return showChoice<BrowserWindow>(dialog, window, choice, files.projectsDir, t);
    },
    // Only what the user picked in a native dialog reaches this.
    allow: ({ path, kind }) => files.allowChosen(path, kind),
    defaultLocale: systemLocale,
    localeChanged: (_contentsId, locale) => followLocale(locale),
  });
  pages.register(ipcMain);

  const bridge = new IpcBridge({
    services: {
      files,
      recovery: await RecoveryCopies.create(dataDir),
      imports: new DataImports(join(dataDir, 'imports')),
      downloads: new DatasetDownloads(dataDir),
      trainer: { entry: TRAINER },
    },
    isAppUrl,
    newChannel: () => new MessageChannelMain(),
    // Each trainer streams to its page over a port of its own; main only runs it.
    trainerSpawn: (pagePort) =>
      utilityTrainerSpawn(
        (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
        pagePort,
      ),
    onReply: (contentsId, reply) => {
      void openProjects.replied(contentsId, reply);
      if (reply.type === 'projectOpened') void recent.add(reply.path, reply.project.name);
      else if (reply.type === 'projectSaved') void recent.add(reply.path);
    },
  });
  bridge.register(ipcMain);

  async function setMenu(): Promise<void> {
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      t: translator(menuLocale),
      recent: await recent.entries(),
      runCommand: (name) => {
        const window = BrowserWindow.getFocusedWindow() ?? lastWindow;
        if (window && !window.isDestroyed()) sendCommand(window.webContents, name);
      },
      openRecent: (path) => void openInApp?.([path]),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Another program changed a file that windows have open: each window's user says what to do. */
  async function askAboutChange(change: DiskChange): Promise<void> {
    for (const contentsId of openProjects.pagesWith(change.path)) {
      const window = windowOf(contentsId);
      if (!window) continue;
      const question = changedOnDiskQuestion(
        change,
        pages.projectName(contentsId),
        translator(pages.localeOf(contentsId)),
      );
      const { response } = await dialog.showMessageBox(window, question);
      if (!window.isDestroyed())
        actOnDiskAnswer(window.webContents, change.path, changedOnDiskAnswer(change, response));
    }
  }

  guardSession(session.defaultSession);
  const rendererRoot = await realpath(RENDERER_DIR);
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appFile(rendererRoot, request.url);
    if (!answer.ok) return new Response(null, { status: answer.status, headers: answer.headers });
    const file = await net.fetch(pathToFileURL(answer.file).toString());
    return new Response(file.body, { status: 200, headers: answer.headers });
  });

  // Every web contents, whichever window or frame made it, is kept on the app.
  app.on('web-contents-created', (_event, contents) =>
    guardContents(contents, (url) => void shell.openExternal(url)),
  );

  const createWindow = async (): Promise<BrowserWindow> => {
    const primary = screen.getPrimaryDisplay();
    const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
    const state = await readWindowState(dataDir, displays);
    const window = new BrowserWindow({ ...windowOptions(PRELOAD), ...state.bounds });
    if (state.maximized) window.maximize();
    const contentsId = window.webContents.id;
    lastWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('focus', () => {
      lastWindow = window;
      followLocale(pages.localeOf(contentsId));
      // Where watching the disk is unreliable (network drives), coming back checks the file.
      const path = openProjects.pathOf(contentsId);
      if (path !== null) void watcher.check(path);
    });
    // Unsaved work is asked about first; the page keeps main told whether it has any.
    guardClose(window, {
      isUnsaved: () => pages.isUnsaved(contentsId),
      ask: async () => {
        const question = unsavedChangesQuestion(
          pages.projectName(contentsId),
          translator(pages.localeOf(contentsId)),
        );
        return closeAnswer((await dialog.showMessageBox(window, question)).response);
      },
      // The page saves (asking where, if the project never was saved); the window closes once
      // the page reports the work saved, and stays open if the user cancels the save.
      save: async () => {
        pages.closeWhenSaved(contentsId, () => window.close());
        sendCommand(window.webContents, 'saveProject');
        return false;
      },
    });
    // The last window's place is where the next one opens; failing to keep it never stops a close.
    rememberWindowState(window, dataDir);
    // The page is gone (closed, or its renderer died): its trainer stops, as a closed tab's does.
    window.webContents.on('render-process-gone', () => void bridge.closePage(contentsId));
    window.on('closed', () => {
      void bridge.closePage(contentsId);
      pages.forget(contentsId);
      openProjects.closed(contentsId);
    });
    void window.loadURL(APP_URL);
    return window;
  };

  /**
   * Opens project files the user handed the app: a window that has the file already comes to the
   * front; otherwise the file opens in the last window if that holds nothing of the user's (an
   * untouched, never saved project), else in a new window: one window per project.
   */
  openInApp = async (paths) => {
    for (const path of paths) {
      let real: string;
      try {
        // Naming a file to open the app with is the user's choice of it, as in a dialog.
        real = await files.allowChosen(path, 'projectFile');
      } catch (error) {
        dialog.showErrorBox(translator(menuLocale)('desktop.dialog.cannotOpen'), errorText(error));
        continue;
      }
      const showing = openProjects
        .pagesWith(real)
        .map(windowOf)
        .find((w) => w !== null);
      if (showing) {
        if (showing.isMinimized()) showing.restore();
        showing.focus();
        continue;
      }
      const reusable =
        lastWindow &&
        !lastWindow.isDestroyed() &&
        !pages.isUnsaved(lastWindow.webContents.id) &&
        openProjects.pathOf(lastWindow.webContents.id) === null;
      const window = reusable && lastWindow ? lastWindow : await createWindow();
      pages.whenListening(window.webContents.id, () => {
        if (!window.isDestroyed()) sendOpenPath(window.webContents, real);
      });
      window.focus();
    }
  };

  await setMenu();
  await createWindow();
  // Files named on the command line, and any handed over while starting.
  await openInApp([...projectPathsInArgv(process.argv, process.cwd()), ...handedOver.splice(0)]);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Windows with unsaved work close first, each asking; the user quits again once they have.
    const asking = BrowserWindow.getAllWindows().some((w) => pages.isUnsaved(w.webContents.id));
    if (asking) return;
    // Trainers are shut down (runs stopped) before the app goes.
    event.preventDefault();
    quitting = true;
    watcher.close();
    void bridge.close().finally(() => app.quit());
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
