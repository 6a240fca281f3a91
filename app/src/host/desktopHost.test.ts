// @vitest-environment jsdom
/**
 * The page picks its transport: the desktop preload's `window.neurocanvas` when it is there (here
 * a stand-in that answers as main does), else the WebSocket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import { trainerMessages } from '../../../src/protocol/testing/messages';
import { REPLY_TYPES, type RendererRequest } from '../../../src/protocol/renderer';
import type { DesktopBridge } from '../../../src/protocol/rendererBridge';
import { createDocumentStore } from '../stores/documentStore';
import { createProbeStore } from '../stores/trainingProbe';
import { createTrainingStore } from '../stores/trainingStore';
import { createUiStore } from '../stores/uiStore';
import { TrainingController } from '../training/trainingController';
import { desktopBridgeOf } from './desktopHost';
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
