/**
 * The desktop app's main process: glue between Electron and the code in `src/host/`, where the
 * logic and its tests live. It makes the app's windows safe (`window.ts`), serves the renderer
 * from its own scheme (`windowProtocol.ts`), answers the page's requests through the IPC bridge
 * with the same handling browser mode's host uses (`ipcBridge.ts`), and starts each page's
 * trainer as a utility process (`trainerUtility.ts`).
 *
 * Built by `npm run build:desktop` into out/main/main.js; the preload into out/preload/.
 */
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  ipcMain,
  MessageChannelMain,
  net,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { IpcBridge } from '../src/host/desktop/ipcBridge';
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
import { claimSingleInstance } from '../src/host/desktop/instance';
import { readWindowState, windowStateOf, writeWindowState } from '../src/host/desktop/windowState';
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
const TRAINER = join(root, 'src', 'train', 'process', 'trainer.mjs');

async function main(): Promise<void> {
  let lastWindow: BrowserWindow | null = null;
  // A second launch (a project opened from the file manager) comes to this app instead.
  const first = claimSingleInstance(app, () => {
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
  const bridge = new IpcBridge({
    services: {
      files: await ProjectAccess.create({ dataDir, allowedPaths: [] }),
      recovery: await RecoveryCopies.create(dataDir),
      imports: new DataImports(join(dataDir, 'imports')),
      downloads: new DatasetDownloads(dataDir),
      trainer: {
        entry: TRAINER,
        spawn: utilityTrainerSpawn((modulePath, args, options) =>
          utilityProcess.fork(modulePath, args, options),
        ),
      },
    },
    isAppUrl,
    newChannel: () => new MessageChannelMain(),
  });
  bridge.register(ipcMain);

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
    window.on('focus', () => (lastWindow = window));
    // The last window's place is where the next one opens; failing to keep it must not stop
    // the window from closing.
    window.on('close', () => void writeWindowState(dataDir, windowStateOf(window)).catch(() => {}));
    // The page is gone (closed, or its renderer died): its trainer stops, as a closed tab's does.
    window.webContents.on('render-process-gone', () => void bridge.closePage(contentsId));
    window.on('closed', () => void bridge.closePage(contentsId));
    void window.loadURL(APP_URL);
    return window;
  };
  await createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Trainers are shut down (runs stopped) before the app goes.
    event.preventDefault();
    quitting = true;
    void bridge.close().finally(() => app.quit());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
