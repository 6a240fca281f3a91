/**
 * The page's session with its host, from connecting to the connection's end: the client goes into
 * the host store, training follows its trainer, and a lost connection ends any run under way.
 */
import { translate } from '../../../src/i18n';
import { currentT } from '../i18n';
import { hostStore, type HostStore } from './hostStore';
import { trainingStore, type TrainingStore } from '../stores/trainingStore';
import { trainingController } from '../training/appTraining';
import type { TrainingController } from '../training/trainingController';
import { connectHost, hostSocketUrl, type OpenSocket } from './connectHost';
import { connectDesktopShell, desktopHostClient, desktopShellOf } from './desktopHost';

/** Why the connection ended, in English; the page says it in the user's language. */
export const CONNECTION_LOST = translate('en', 'app.host.closed');

export interface HostSessionDeps {
  host: HostStore;
  training: TrainingStore;
  controller: TrainingController;
}

const appDeps: HostSessionDeps = {
  host: hostStore,
  training: trainingStore,
  controller: trainingController,
};

/**
 * Connects to the host and wires the app to it: through the desktop app's preload bridge when
 * `win` (the page's global object by default) has one, else over the WebSocket at `url` (this
 * page's own by default).
 */
export async function startHostSession(
  url: string = hostSocketUrl(window.location),
  options: { open?: OpenSocket; timeoutMs?: number; win?: object } = {},
  deps: HostSessionDeps = appDeps,
): Promise<void> {
  deps.host.getState().connecting();
  const win = options.win ?? globalThis;
  const desktop = desktopHostClient(win);
  if (desktop) {
    // The bridge lives as long as the window: there is no connection to lose.
    deps.controller.attach(desktop);
    deps.host.getState().connected(desktop);
    // The shell's menus, dialogs and window, once the page can answer them.
    const shell = desktopShellOf(win);
    if (shell) connectDesktopShell(shell);
    return;
  }
  const connection = await connectHost(url, options);
  if (!connection.ok) {
    deps.host.getState().unavailable(connection.reason);
    return;
  }
  const detach = deps.controller.attach(connection.client);
  connection.socket.addEventListener('close', () => {
    detach();
    const reason = currentT()('app.host.closed');
    deps.host.getState().lost(reason);
    deps.training.getState().disconnected(reason);
  });
  deps.host.getState().connected(connection.client);
}
