/**
 * What the preload gives the page: one object, `window.neurocanvas`, with exactly `request` and
 * `onMessage` (the `DesktopBridge` of `src/protocol/desktopBridge.ts`) and the shell's `onCommand`,
 * `onOpenProject`, `onReloadProject`, `reportState` and `choose` (its `DesktopShell`). The page never sees
 * `ipcRenderer`, Node, or a channel name; the only channels used are the allowlisted ones of
 * `ipcChannels.ts`, and a request of any other type is refused here before it is sent.
 *
 * The preload runs sandboxed, so this module and what it imports must be free of Node: it is
 * bundled into `electron/preload.ts`'s output. Electron's objects are taken as arguments (typed by
 * what this uses of them) so that tests can hand in plain ones.
 */
import type { RendererRequest } from '../../protocol/renderer';
import {
  DESKTOP_BRIDGE_KEY,
  type DesktopBridge,
  type DesktopShell,
  type ShellChoice,
} from '../../protocol/desktopBridge';
import {
  CHOOSE_CHANNEL,
  COMMAND_CHANNEL,
  CONNECT_CHANNEL,
  OPEN_PATH_CHANNEL,
  PAGE_STATE_CHANNEL,
  PORT_CHANNEL,
  RELOAD_PATH_CHANNEL,
  isChoiceKind,
  isRequestType,
  requestChannel,
} from './ipcChannels';

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

/** The renderer's end of the page's MessagePort (a DOM `MessagePort`). */
export interface PagePort {
  onmessage: ((event: { data: unknown }) => void) | null;
  start(): void;
}

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(
    channel: string,
    listener: (event: { ports: readonly PagePort[] }, ...args: unknown[]) => void,
  ): unknown;
}

/** The page's whole API: the host's bridge and the shell's menus, dialogs and window. */
export type PageApi = DesktopBridge & DesktopShell;

/** Builds the page's API, connects this page to main, and exposes the API to the page. */
export function exposeDesktopBridge(
  contextBridge: ContextBridgeLike,
  ipcRenderer: IpcRendererLike,
): PageApi {
  const listeners = new Set<(message: unknown) => void>();
  ipcRenderer.on(PORT_CHANNEL, (event) => {
    const port = event.ports[0];
    if (!port) return;
    port.onmessage = ({ data }) => {
      for (const listener of [...listeners]) listener(data);
    };
    port.start();
  });
  // Messages from one page reach main in order, so this precedes the page's first request.
  ipcRenderer.send(CONNECT_CHANNEL);

  // Main checks what it sends; here only its shape is kept to, so a handler always gets a string.
  const onCommand = stringsFrom(ipcRenderer, COMMAND_CHANNEL);
  const onOpenProject = stringsFrom(ipcRenderer, OPEN_PATH_CHANNEL);
  const onReloadProject = stringsFrom(ipcRenderer, RELOAD_PATH_CHANNEL);

  const api: PageApi = {
    request: (request: RendererRequest) => {
      const type: unknown = (request as { type?: unknown } | null)?.type;
      if (!isRequestType(type))
        return Promise.reject(
          new Error(
            `${JSON.stringify(String(type)).slice(0, 80)} is not a request NeuroCanvas makes.`,
          ),
        );
      return ipcRenderer.invoke(requestChannel(type), request);
    },
    onMessage: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onCommand,
    onOpenProject,
    onReloadProject,
    reportState: ({ unsaved, projectName, saveFailed, locale }) =>
      ipcRenderer.send(PAGE_STATE_CHANNEL, {
        unsaved,
        projectName,
        ...(saveFailed === undefined ? {} : { saveFailed }),
        ...(locale === undefined ? {} : { locale }),
      }),
    choose: async (choice: ShellChoice) => {
      const kind: unknown = (choice as { kind?: unknown } | null)?.kind;
      if (!isChoiceKind(kind))
        throw new Error(
          `${JSON.stringify(String(kind)).slice(0, 80)} is not a dialog NeuroCanvas shows.`,
        );
      const path = await ipcRenderer.invoke(CHOOSE_CHANNEL, choice);
      return typeof path === 'string' ? path : null;
    },
  };
  // A frozen object of seven functions: the page cannot reach past them.
  contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, Object.freeze({ ...api }));
  return api;
}

/** Subscriptions to a main → renderer channel carrying one string. */
function stringsFrom(
  ipcRenderer: IpcRendererLike,
  channel: string,
): (handler: (value: string) => void) => () => void {
  const handlers = new Set<(value: string) => void>();
  ipcRenderer.on(channel, (_event, ...args) => {
    const [value] = args;
    if (args.length !== 1 || typeof value !== 'string') return;
    for (const handler of [...handlers]) handler(value);
  });
  return (handler) => {
    handlers.add(handler);
    return () => void handlers.delete(handler);
  };
}
