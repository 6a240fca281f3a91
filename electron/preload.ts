/**
 * The page's preload: sandboxed, isolated from the page, and only this. It exposes
 * `window.neurocanvas` (requests and messages of the host; menu commands, opened files, unsaved
 * state and native dialogs of the shell) and nothing of Electron or Node; what that API does, and
 * the allowlist it keeps to, is in `src/host/desktop/preloadApi.ts`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeDesktopBridge, type PagePort } from '../src/host/desktop/preloadApi';

exposeDesktopBridge(contextBridge, {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  send: (channel, ...args) => ipcRenderer.send(channel, ...args),
  // The DOM's MessagePort is what `PagePort` describes; its event type is only the wider one.
  on: (channel, listener) =>
    ipcRenderer.on(channel, (event, ...args: unknown[]) =>
      listener({ ports: event.ports as unknown as PagePort[] }, ...args),
    ),
});
