/**
 * The preload's API, built with plain objects in place of Electron's `contextBridge` and
 * `ipcRenderer` (Electron cannot run here): exactly the allowlisted functions are exposed, and
 * nothing reaches IPC but the allowlisted channels.
 */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../protocol';
import { DESKTOP_BRIDGE_KEY } from '../../protocol/rendererBridge';
import {
  CHOOSE_CHANNEL,
  COMMAND_CHANNEL,
  CONNECT_CHANNEL,
  OPEN_PATH_CHANNEL,
  RELOAD_PATH_CHANNEL,
  PAGE_STATE_CHANNEL,
  PORT_CHANNEL,
  REQUEST_CHANNELS,
  REQUEST_TYPES,
} from './ipcChannels';
import { FakeContextBridge } from './ipcTesting';
import { exposeDesktopBridge, type IpcRendererLike, type PagePort } from './preloadApi';

function recordingIpc() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  const on = new Map<string, (event: { ports: readonly PagePort[] }) => void>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return { answered: channel };
    },
    send: (channel, ...args) => void sent.push({ channel, args }),
    on: (channel, listener) => on.set(channel, listener),
  };
  return { ipc, invoked, sent, on };
}

function build() {
  const contextBridge = new FakeContextBridge();
  const recorded = recordingIpc();
  exposeDesktopBridge(contextBridge, recorded.ipc);
  const api = contextBridge.exposed.get(DESKTOP_BRIDGE_KEY) as Record<string, unknown>;
  return { contextBridge, api, ...recorded };
}

describe('the preload API', () => {
  it('exposes one frozen object holding exactly the allowlisted functions', () => {
    const { contextBridge, api } = build();
    expect([...contextBridge.exposed.keys()]).toEqual([DESKTOP_BRIDGE_KEY]);
    expect(Object.keys(api).sort()).toEqual([
      'choose',
      'onCommand',
      'onMessage',
      'onOpenProject',
      'onReloadProject',
      'reportState',
      'request',
    ]);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('connects once, and listens only for its ports, menu commands and opened files', () => {
    const { sent, on } = build();
    expect(sent).toEqual([{ channel: CONNECT_CHANNEL, args: [] }]);
    expect([...on.keys()].sort()).toEqual(
      [COMMAND_CHANNEL, OPEN_PATH_CHANNEL, PORT_CHANNEL, RELOAD_PATH_CHANNEL].sort(),
    );
  });

  it('sends the unsaved state and dialog choices on their own channels, and only their fields', async () => {
    const { api, sent, invoked } = build();
    const reportState = api.reportState as (s: unknown) => void;
    reportState({ unsaved: true, projectName: 'Digits', extra: 'dropped' });
    expect(sent.at(-1)).toEqual({
      channel: PAGE_STATE_CHANNEL,
      args: [{ unsaved: true, projectName: 'Digits' }],
    });
    reportState({ unsaved: false, projectName: 'Digits', locale: 'ru', extra: 'dropped' });
    expect(sent.at(-1)).toEqual({
      channel: PAGE_STATE_CHANNEL,
      args: [{ unsaved: false, projectName: 'Digits', locale: 'ru' }],
    });
    const choose = api.choose as (c: unknown) => Promise<unknown>;
    await choose({ kind: 'exportFolder' });
    expect(invoked).toEqual([{ channel: CHOOSE_CHANNEL, args: [{ kind: 'exportFolder' }] }]);
  });

  it('sends each request type on its own allowlisted channel, the request unchanged', async () => {
    const { api, invoked } = build();
    const request = api.request as (r: unknown) => Promise<unknown>;
    for (const type of REQUEST_TYPES) {
      const body = { v, type, requestId: `r-${type}` };
      expect(await request(body)).toEqual({ answered: `neurocanvas:request:${type}` });
      expect(invoked.at(-1)).toEqual({ channel: `neurocanvas:request:${type}`, args: [body] });
    }
    expect(invoked.map((i) => i.channel)).toEqual([...REQUEST_CHANNELS]);
  });

  it.each([
    ['an unknown type', { v, type: 'readFile', requestId: 'r1', path: '/etc/passwd' }],
    ['a prototype key', { v, type: '__proto__', requestId: 'r1' }],
    ['no type', { v, requestId: 'r1' }],
    ['no object', 'listRecent'],
    ['null', null],
  ])('refuses %s without sending anything', async (_what, body) => {
    const { api, invoked } = build();
    const request = api.request as (r: unknown) => Promise<unknown>;
    await expect(request(body)).rejects.toThrow(/is not a request NeuroCanvas makes/);
    expect(invoked).toEqual([]);
  });

  it('hands what arrives on the port to every listener, until it unsubscribes', async () => {
    const contextBridge = new FakeContextBridge();
    const recorded = recordingIpc();
    const bridge = exposeDesktopBridge(contextBridge, recorded.ipc);
    const seen: unknown[] = [];
    const off = bridge.onMessage((m) => seen.push(m));
    const { port1, port2 } = new MessageChannel();
    recorded.on.get(PORT_CHANNEL)!({ ports: [port2 as unknown as PagePort] });
    const message = { v, type: 'trainerExit', crashed: false, outOfMemory: false, message: '' };
    const arrived = new Promise((resolve) =>
      bridge.onMessage((m) => {
        resolve(m);
      }),
    );
    port1.postMessage(message);
    expect(await arrived).toEqual(message);
    expect(seen).toEqual([message]);
    off();
    const again = new Promise((resolve) => bridge.onMessage(resolve));
    port1.postMessage({ ...message, crashed: true });
    await again;
    expect(seen).toHaveLength(1);
    port1.close();
  });
});
