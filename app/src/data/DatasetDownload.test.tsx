// @vitest-environment jsdom
/**
 * The training panel's download, from the picker through the protocol's checks to the host's
 * downloads and a local server on 127.0.0.1 serving small files in MNIST's real format. (The host's
 * dispatch of the request is tested in `src/host/server/datasetDownloads.test.ts`.)
 */
/* eslint-disable no-restricted-imports -- the host's own code answers the page here */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { datasetFolder } from '../../../src/data/node/download/fetchDataset';
import {
  fixtureSource,
  FixtureServer,
  mnistFixture,
} from '../../../src/data/node/download/testing/fixtures';
import { DatasetDownloads } from '../../../src/host/server/datasetDownloads';
/* eslint-enable no-restricted-imports */
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { RendererRequest } from '../../../src/protocol/renderer';
import { parseRendererRequest } from '../../../src/protocol/rendererParse';
import { HostClient } from '../../../src/protocol/rendererClient';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { DatasetPicker } from '../training/DatasetPicker';

const files = mnistFixture();
const server = new FixtureServer(files);
let dataDir = '';
let host: DatasetDownloads | null = null;

beforeAll(async () => {
  await server.start();
  dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-ui-downloads-'));
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  cleanup();
  resetStores();
  await host?.close();
  host = null;
});

/** A page connected to a host whose downloads come from the local server in `mode`. */
function connect(mode: string, folder: string) {
  const downloads = new DatasetDownloads(folder, {
    sources: { mnist: fixtureSource(files) },
    locations: [server.url(mode)],
  });
  host = downloads;
  const client: HostClient = new HostClient((request: RendererRequest) => {
    const parsed = parseRendererRequest(request);
    if (!parsed.ok || parsed.message.type !== 'datasetDownload') throw new Error('unexpected');
    const { requestId } = parsed.message;
    void downloads
      .handle(parsed.message)
      .then((state) => client.receive({ v, type: 'datasetDownloadState', requestId, ...state }));
  });
  hostStore.getState().connected(client);
}

function chooseMnist() {
  render(<DatasetPicker locked={false} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), {
    target: { value: 'mnist' },
  });
  expect(documentStore.getState().project.dataset?.id).toBe('mnist');
}

describe('downloading a dataset from the picker', () => {
  it('shows the bytes and percentage of a running download, and cancels it', async () => {
    const folder = join(dataDir, 'cancel');
    // The server sends half of the first file, then nothing.
    connect('stall', folder);
    chooseMnist();
    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));

    const group = await screen.findByRole('group', { name: 'Download of MNIST' });
    const bar = await within(group).findByRole('progressbar', { name: 'Download progress' });
    const half = Math.floor(files[0]!.bytes / 2);
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    await expect
      .poll(() => bar.getAttribute('value'), { timeout: 5_000 })
      .toBe(String((100 * half) / total));
    expect(bar.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^${half} B of ${total} B \\(${Math.floor((100 * half) / total)}%\\)`),
    );

    fireEvent.click(within(group).getByRole('button', { name: 'Cancel download' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /download of MNIST was cancelled; nothing partial was kept/,
    );
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
    expect(await readdir(datasetFolder(folder, 'mnist'))).toEqual([]);
  });

  it('downloads to the end and then says the dataset is kept', async () => {
    const folder = join(dataDir, 'whole');
    connect('ok', folder);
    chooseMnist();
    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));
    expect(
      await screen.findByText('MNIST is downloaded and kept on this computer.', undefined, {
        timeout: 5_000,
      }),
    ).toBeTruthy();
    expect((await readdir(datasetFolder(folder, 'mnist'))).length).toBe(files.length);
  });

  it('names a segmentation task as such', () => {
    render(<DatasetPicker locked={false} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), {
      target: { value: 'shapes-masks' },
    });
    expect(screen.getByText(/Segmentation \(a 32×32×1 mask to predict\)/)).toBeTruthy();
    expect(screen.queryByText(/Regression/)).toBeNull();
  });
});
