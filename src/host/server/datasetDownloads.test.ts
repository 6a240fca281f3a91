/**
 * The training panel's downloads through the host's request handling, against a local server on
 * 127.0.0.1 serving small files in MNIST's real format: start and follow to the end, find it in
 * the cache afterwards, cancel a download midway without a partial file, and report a 404.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../protocol';
import type { HostReply } from '../../protocol/renderer';
import { datasetFolder } from '../../data/node/download/fetchDataset';
import {
  fixtureSource,
  FixtureServer,
  mnistFixture,
} from '../../data/node/download/testing/fixtures';
import { DatasetDownloads } from './datasetDownloads';
import { HostRequests } from './hostRequests';
import { ProjectAccess } from './projectAccess';

const files = mnistFixture();
const total = files.reduce((sum, f) => sum + f.bytes, 0);
const server = new FixtureServer(files);
let dataDir: string;
let hosts: HostRequests[] = [];

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-host-downloads-'));
});
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
  await rm(dataDir, { recursive: true, force: true });
});

/** A page's request handling on a host whose downloads come from the local server in `mode`. */
async function pageOnHost(mode: string) {
  const downloads = new DatasetDownloads(dataDir, {
    sources: { mnist: fixtureSource(files) },
    locations: [server.url(mode)],
  });
  const host = new HostRequests(
    { files: await ProjectAccess.create({ dataDir, allowedPaths: [] }), downloads },
    { message: () => undefined, exit: () => undefined },
  );
  hosts.push(host);
  let next = 1;
  const ask = async (action: string, dataset = 'mnist'): Promise<HostReply> =>
    host.handleRequest({ v, type: 'datasetDownload', requestId: `r${next++}`, action, dataset });
  return { ask, downloads };
}

function state(reply: HostReply) {
  if (reply.type !== 'datasetDownloadState') throw new Error(`unexpected ${JSON.stringify(reply)}`);
  return reply;
}

async function until(
  ask: () => Promise<HostReply>,
  done: (s: ReturnType<typeof state>) => boolean,
) {
  for (let i = 0; i < 500; i++) {
    const s = state(await ask());
    if (done(s)) return s;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the download never reached the expected state');
}

describe('dataset downloads from the training panel', () => {
  it('says a dataset is missing, downloads it, and finds it in the cache afterwards', async () => {
    const { ask } = await pageOnHost('ok');
    expect(state(await ask('status'))).toMatchObject({
      state: 'missing',
      receivedBytes: 0,
      totalBytes: total,
    });
    const started = state(await ask('start'));
    expect(['running', 'done']).toContain(started.state);
    const finished = await until(
      () => ask('status'),
      (s) => s.state !== 'running',
    );
    expect(finished).toMatchObject({ state: 'done', receivedBytes: total, message: '' });
    expect((await readdir(datasetFolder(dataDir, 'mnist'))).sort()).toEqual(
      files.map((f) => f.name).sort(),
    );

    // Another page on the same data folder finds it without a request to the server.
    const requestsBefore = server.requests.length;
    const other = await pageOnHost('ok');
    expect(state(await other.ask('start')).state).toBe('done');
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('shows the bytes of a running download and cancels it, keeping no partial file', async () => {
    // The server sends half of the first file, then nothing.
    const { ask } = await pageOnHost('stall');
    await ask('start');
    const running = await until(
      () => ask('status'),
      (s) => s.receivedBytes > 0,
    );
    expect(running.state).toBe('running');
    expect(running.file).toBe(files[0]!.name);
    expect(running.receivedBytes).toBe(Math.floor(files[0]!.bytes / 2));
    expect(running.totalBytes).toBe(total);

    const cancelled = state(await ask('cancel'));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.message).toMatch(/was cancelled; nothing partial was kept/);
    expect(await readdir(datasetFolder(dataDir, 'mnist'))).toEqual([]);
    // It stays cancelled, with its message, until it is started again.
    expect(state(await ask('status')).state).toBe('cancelled');
  });

  it('reports a 404 with the address and how to add the files by hand', async () => {
    const { ask } = await pageOnHost('missing-here');
    await ask('start');
    const failed = await until(
      () => ask('status'),
      (s) => s.state !== 'running',
    );
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(/missing-here\/train-images-idx3-ubyte\.gz: .*404/);
    expect(failed.message).toMatch(/To add them by hand/);
  });

  it.each([
    { what: 'a dataset that is not downloaded', fields: { action: 'start', dataset: 'xor' } },
    { what: 'an unknown action', fields: { action: 'pause', dataset: 'mnist' } },
  ])('refuses $what as invalid', async ({ fields }) => {
    const { ask } = await pageOnHost('ok');
    const reply = await ask(fields.action, fields.dataset);
    expect(reply).toMatchObject({ type: 'failed', kind: 'invalid' });
  });

  it('fails clearly on a host without downloads', async () => {
    const host = new HostRequests(
      { files: await ProjectAccess.create({ dataDir, allowedPaths: [] }) },
      { message: () => undefined, exit: () => undefined },
    );
    hosts.push(host);
    const reply = await host.handleRequest({
      v,
      type: 'datasetDownload',
      requestId: 'r1',
      action: 'status',
      dataset: 'cifar-10',
    });
    expect(reply).toMatchObject({ type: 'failed', message: 'This host cannot download datasets.' });
  });
});
