/**
 * What the preload gives the page: one object, `window.neurocanvas`, with exactly `request` and
 * `onMessage` (the `DesktopBridge` of `src/protocol/rendererBridge.ts`). The page never sees
 * `ipcRenderer`, Node, or a channel name; the only channels used are the allowlisted ones of
 * `ipcChannels.ts`, and a request of any other type is refused here before it is sent.
 *
 * The preload runs sandboxed, so this module and what it imports must be free of Node: it is
 * bundled into `electron/preload.ts`'s output. Electron's objects are taken as arguments (typed by
 * what this uses of them) so that tests can hand in plain ones.
 */
import type { RendererRequest } from '../../protocol/renderer';
import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../protocol/desktopBridge';
import { CONNECT_CHANNEL, PORT_CHANNEL, isRequestType, requestChannel } from './ipcChannels';

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
  on(channel: string, listener: (event: { ports: readonly PagePort[] }) => void): unknown;
}

/** Builds the page's API, connects this page to main, and exposes the API to the page. */
export function exposeDesktopBridge(
  contextBridge: ContextBridgeLike,
  ipcRenderer: IpcRendererLike,
): DesktopBridge {
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

  const api: DesktopBridge = {
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
  };
  // A frozen object of two functions: the page cannot reach past them.
  contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, Object.freeze({ ...api }));
  return api;
}
