/**
 * The desktop IPC contract, end to end in one process: the page's real `HostClient` over the
 * preload's API, through IPC played by structured clones (`ipcTesting.ts`), into main's bridge
 * and the real host services on a temporary data folder, and back. The trainer is real too.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { newProject, type Project } from '../../project';
import { defaultTraining } from '../../project/training';
import { PROTOCOL_VERSION as v, type HostMessageOf, type TrainerMessage } from '../../protocol';
import { REPLY_TYPES, type HostReply, type RendererRequestType } from '../../protocol/renderer';
import { hostClientOverBridge } from '../../protocol/rendererBridge';
import { HostRequestError, type HostClient, type RequestBody } from '../../protocol/rendererClient';
import { parseHostReply } from '../../protocol/rendererParse';
import { TrainerProcess } from '../trainerProcess';
import { DataImports } from '../server/dataImports';
import { DatasetDownloads } from '../server/datasetDownloads';
import { ProjectAccess } from '../server/projectAccess';
import { RecoveryCopies } from '../server/recoveryCopies';
import { IpcBridge, type IpcEvent } from './ipcBridge';
import { CONNECT_CHANNEL, REQUEST_CHANNELS, requestChannel } from './ipcChannels';
import {
  FakeContextBridge,
  nodeChannel,
  pageIpc,
  registered,
  type PageOptions,
} from './ipcTesting';
import { exposeDesktopBridge } from './preloadApi';
import { APP_URL, isAppUrl } from './window';

const project: Project = {
  ...newProject('Two moons'),
  graph: chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 4, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  ),
  dataset: { id: 'xor' },
};

function start(runId: string): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph: project.graph,
    dataset: { id: 'xor', options: { count: 200 } },
    training: { ...defaultTraining(), epochs: 3, batchSize: 20, learningRate: 0.03 },
    backend: 'cpu',
    streams: {
      layerStats: true,
      confusion: true,
      activations: true,
      boundary: true,
      predictions: true,
      activationIntervalMs: 0,
      probeIndex: 0,
    },
  };
}

let dir: string;
let bridge: IpcBridge;
const trainers: TrainerProcess[] = [];
const replies: { contentsId: number; type: string }[] = [];

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-ipc-')));
  const dataDir = join(dir, 'data');
  bridge = new IpcBridge({
    services: {
      files: await ProjectAccess.create({ dataDir, allowedPaths: [] }),
      recovery: await RecoveryCopies.create(dataDir),
      imports: new DataImports(join(dataDir, 'imports')),
      downloads: new DatasetDownloads(dataDir),
      createTrainer: () => {
        const trainer = new TrainerProcess();
        trainers.push(trainer);
        return trainer;
      },
    },
    isAppUrl,
    newChannel: nodeChannel,
    onReply: (contentsId, reply) => replies.push({ contentsId, type: reply.type }),
  });
});

afterAll(async () => {
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
});

/** A page: the preload's API over IPC to the bridge, and the page's client over that API. */
function openPage(options: PageOptions = {}): HostClient {
  const ipcMain = registered(bridge);
  const api = exposeDesktopBridge(new FakeContextBridge(), pageIpc(ipcMain, options));
  return hostClientOverBridge(api);
}

function runMessages(client: HostClient, runId: string): Promise<TrainerMessage[]> {
  return new Promise((resolve) => {
    const seen: TrainerMessage[] = [];
    const off = client.onTrainerMessage((m) => {
      if (!('runId' in m) || m.runId !== runId) return;
      seen.push(m);
      if (m.type === 'done') {
        off();
        resolve(seen);
      }
    });
  });
}

const csv = new TextEncoder().encode(
  ['x,y,label', ...Array.from({ length: 40 }, (_, i) => `${i},${i * 2},${i % 2 ? 'a' : 'b'}`)].join(
    '\n',
  ),
);

/** A request of every type the renderer can make, each one the host can carry out here. */
const REQUESTS: { [T in RendererRequestType]: RequestBody<T> } = {
  trainer: {
    type: 'trainer',
    message: { v, type: 'shutdown', requestId: 'shutdown-1' },
  },
  saveProject: { type: 'saveProject', path: 'moons.ncproj', project },
  openProject: { type: 'openProject', path: 'moons.ncproj' },
  listRecent: { type: 'listRecent' },
  listProjects: { type: 'listProjects' },
  datasetExamples: {
    type: 'datasetExamples',
    dataset: { id: 'mnist-sample' },
    split: 'train',
    indices: [0, 1, 2],
  },
  importData: {
    type: 'importData',
    kind: 'csv',
    name: 'numbers.csv',
    files: [{ path: 'numbers.csv', bytes: csv }],
    options: {},
  },
  datasetDownload: { type: 'datasetDownload', action: 'status', dataset: 'mnist' },
  saveRecovery: { type: 'saveRecovery', copyId: 'copy-0001', project },
  listRecovery: { type: 'listRecovery' },
  openRecovery: { type: 'openRecovery', copyId: 'copy-0001' },
  discardRecovery: { type: 'discardRecovery', copyId: 'copy-0001' },
  checkExport: { type: 'checkExport', project },
  exportModel: { type: 'exportModel', project, target: 'tfjs', replace: false },
};

describe('the IPC bridge', () => {
  it('registers a handler for exactly the allowlisted channels', () => {
    const ipcMain = registered(bridge);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect([...ipcMain.listeners.keys()]).toEqual([CONNECT_CHANNEL]);
  });

  it('answers a request on every channel with its own reply, checked by the page', async () => {
    const client = openPage();
    // In this order: a saved project can be opened; a kept copy opened, then discarded.
    for (const type of Object.keys(REQUESTS) as RendererRequestType[]) {
      const reply: HostReply = await client.request(REQUESTS[type] as RequestBody<typeof type>);
      expect(reply.type, type).toBe(REPLY_TYPES[type]);
      expect(replies.at(-1), type).toEqual({ contentsId: 1, type: REPLY_TYPES[type] });
    }
  });

  it('keeps typed arrays typed on the way back', async () => {
    const client = openPage();
    const page = await client.request(REQUESTS.datasetExamples);
    expect(page.labels).toBeInstanceOf(Int32Array);
    expect(page.labels).toHaveLength(3);
  });

  it('streams a real run over the port, then reports a crash, and starts afresh', async () => {
    const client = openPage({ contentsId: 7 });
    const first = runMessages(client, 'run-1');
    await client.request({ type: 'trainer', message: start('run-1') });
    const messages = await first;
    expect(messages.map((m) => m.type)).toContain('batch');
    const activations = messages.find((m) => m.type === 'activations');
    expect(containsTypedArray(activations)).toBe(true);
    expect(messages.at(-1)).toMatchObject({ type: 'done' });

    const trainer = trainers.at(-1)!;
    const exit = new Promise((resolve) => client.onTrainerExit(resolve));
    const killed = trainer.pid!;
    process.kill(killed, 'SIGKILL');
    expect(await exit).toMatchObject({
      type: 'trainerExit',
      crashed: true,
      message: expect.stringContaining('SIGKILL'),
    });

    const second = runMessages(client, 'run-2');
    await client.request({ type: 'trainer', message: start('run-2') });
    expect((await second).at(-1)).toMatchObject({ type: 'done' });
    expect(trainer.pid).not.toBe(killed);
    await bridge.closePage(7);
    expect(trainer.pid).toBeUndefined();
  });
});

describe('what the bridge refuses', () => {
  const appFrame = (id: number): IpcEvent => ({
    sender: { id },
    senderFrame: { url: APP_URL, parent: null, postMessage: () => undefined },
  });
  const listRecent = { v, type: 'listRecent', requestId: 'q1' };

  it('answers nothing on a channel that is not on the allowlist', async () => {
    openPage({ contentsId: 3 });
    const reply = await bridge.request('neurocanvas:request:readFile', appFrame(3), listRecent);
    expect(parseHostReply(reply)).toMatchObject({ ok: true });
    expect(reply).toMatchObject({ type: 'failed', kind: 'notAllowed' });
    expect(reply).toMatchObject({ message: expect.stringContaining('not a channel') });
  });

  it.each([
    [
      'a request of another type',
      [{ ...listRecent, type: 'openProject', path: 'a' }],
      /"openProject" request arrived on the channel for "listRecent"/,
    ],
    ['a field of the wrong kind', [{ ...listRecent, extra: 1 }], /extra/],
    ['a request from another release', [{ ...listRecent, v: 0 }], /different releases/],
    ['no payload', [], /one message; 0 arrived/],
    ['two payloads', [listRecent, listRecent], /one message; 2 arrived/],
    ['text instead of a request', ['listRecent'], /request from the page/],
  ])('rejects %s, saying what is wrong', async (_what, args, why) => {
    openPage({ contentsId: 4 });
    const reply = await bridge.request(requestChannel('listRecent'), appFrame(4), ...args);
    expect(reply).toMatchObject({
      type: 'failed',
      kind: 'invalid',
      message: expect.stringMatching(why),
    });
    expect(parseHostReply(reply).ok).toBe(true);
  });

  it.each([
    ['another site', { url: 'https://example.com/', parent: null }],
    ['a local file', { url: 'file:///tmp/index.html', parent: null }],
    ['a frame inside the app', { url: APP_URL, parent: {} }],
  ])('refuses requests from %s', async (_what, frame) => {
    const client = openPage({ ...frame, contentsId: 5 });
    const error = await client.request({ type: 'listRecent' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostRequestError);
    expect(error).toMatchObject({ kind: 'notAllowed' });
  });

  it('refuses requests from a page that never connected', async () => {
    const reply = await bridge.request(requestChannel('listRecent'), appFrame(99), listRecent);
    expect(reply).toMatchObject({
      type: 'failed',
      requestId: 'q1',
      message: expect.stringMatching(/not connected/),
    });
  });
});

function containsTypedArray(value: unknown, depth = 0): boolean {
  if (ArrayBuffer.isView(value)) return true;
  if (value === null || typeof value !== 'object' || depth > 8) return false;
  return Object.values(value).some((item) => containsTypedArray(item, depth + 1));
}
