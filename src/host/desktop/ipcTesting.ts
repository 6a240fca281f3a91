/**
 * Test support: Electron's IPC between one page and main, played by plain objects. Every message
 * crosses as a structured clone, as Electron's IPC copies it, and the page's port is a real
 * MessagePort pair (Node's), so what the page receives is a copy, typed arrays included.
 */
import { MessageChannel } from 'node:worker_threads';
import type { IpcBridge, IpcEvent, IpcMainLike, MainPort } from './ipcBridge';
import type { ContextBridgeLike, IpcRendererLike, PagePort } from './preloadApi';
import type { PageContents } from './shellPages';
import { APP_URL } from './window';

type Handler = (event: IpcEvent, ...args: unknown[]) => unknown;

/** Records what main registers, as `ipcMain` would. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`A second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  on(channel: string, listener: Handler): void {
    this.listeners.set(channel, listener);
  }
}

/** Records what the preload exposes, as `contextBridge` would. */
export class FakeContextBridge implements ContextBridgeLike {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}

/** Node's MessageChannel, standing in for `MessageChannelMain` (main) and the page's port. */
export function nodeChannel(): { port1: MainPort; port2: PagePort } {
  const { port1, port2 } = new MessageChannel();
  return { port1, port2: port2 as unknown as PagePort };
}

export interface PageOptions {
  url?: string;
  /** Null for a top frame. */
  parent?: unknown;
  contentsId?: number;
}

/** One page's `ipcRenderer`, wired to main's registered handlers. */
export function pageIpc(
  ipcMain: FakeIpcMain,
  { url = APP_URL, parent = null, contentsId = 1 }: PageOptions = {},
): IpcRendererLike & { sent: string[]; contents: PageContents } {
  const onChannel = new Map<
    string,
    (event: { ports: readonly PagePort[] }, ...args: unknown[]) => void
  >();
  const event: IpcEvent = {
    sender: { id: contentsId },
    senderFrame: {
      url,
      parent,
      postMessage: (channel, _message, transfer) =>
        onChannel.get(channel)?.({ ports: transfer as PagePort[] }),
    },
  };
  const sent: string[] = [];
  return {
    sent,
    // Main's `webContents.send` to this page.
    contents: {
      id: contentsId,
      send: (channel, ...args) => onChannel.get(channel)?.({ ports: [] }, ...structuredClone(args)),
    },
    invoke: async (channel, ...args) => {
      const handler = ipcMain.handlers.get(channel);
      // What Electron answers for a channel nobody handles.
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    send: (channel, ...args) => {
      sent.push(channel);
      ipcMain.listeners.get(channel)?.(event, ...structuredClone(args));
    },
    on: (channel, listener) => onChannel.set(channel, listener),
  };
}

export function registered(bridge: IpcBridge): FakeIpcMain {
  const ipcMain = new FakeIpcMain();
  bridge.register(ipcMain);
  return ipcMain;
}
