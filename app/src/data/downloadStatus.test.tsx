// @vitest-environment jsdom
/**
 * No silent downloads: for a dataset downloaded on first use, the preview asks for no examples and
 * Train refuses until the user has downloaded it with the Download button (from the host's real
 * downloads, served by a local server on 127.0.0.1 in MNIST's real format).
 */
import '../test/canvasShim';
import '../test/flowShims';
/* eslint-disable no-restricted-imports -- the host's own code answers the page here */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtureSource,
  FixtureServer,
  mnistFixture,
} from '../../../src/data/node/download/testing/fixtures';
import { DatasetDownloads } from '../../../src/host/server/datasetDownloads';
/* eslint-enable no-restricted-imports */
import { chain } from '../../../src/graph/testing/build';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import type { RendererRequest } from '../../../src/protocol/renderer';
import { parseRendererRequest } from '../../../src/protocol/rendererParse';
import { HostClient } from '../../../src/protocol/rendererClient';
import { hostStore } from '../host/hostStore';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { trainingController } from '../training/appTraining';
import { TrainingPanel } from '../training/TrainingPanel';
import { downloadNeeded, downloadStatusStore } from './downloadStatus';

const files = mnistFixture();
const server = new FixtureServer(files);
let dataDir = '';
let host: DatasetDownloads | null = null;
let detach: () => void = () => undefined;

beforeAll(async () => {
  await server.start();
  dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-no-silent-download-'));
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => downloadStatusStore.setState({ known: {} }));
afterEach(async () => {
  cleanup();
  detach();
  resetStores();
  await host?.close();
  host = null;
});

const digitsModel = () =>
  chain(
    ['Input', { shape: [28, 28, 1] }],
    'Flatten',
    ['Dense', { units: 10, activation: 'softmax' }],
    'Output',
  );

/** A page whose host downloads from the local server; every other request is only recorded. */
function connect(folder: string) {
  const downloads = new DatasetDownloads(folder, {
    sources: { mnist: fixtureSource(files) },
    locations: [server.url('ok')],
  });
  host = downloads;
  const others: RendererRequest[] = [];
  const client: HostClient = new HostClient((request: RendererRequest) => {
    const parsed = parseRendererRequest(request);
    if (parsed.ok && parsed.message.type === 'datasetDownload') {
      const { requestId } = parsed.message;
      void downloads
        .handle(parsed.message)
        .then((state) => client.receive({ v, type: 'datasetDownloadState', requestId, ...state }));
    } else others.push(request);
  });
  detach = trainingController.attach(client);
  hostStore.getState().connected(client);
  return others;
}

describe('a dataset downloaded on first use', () => {
  it('is neither read nor trained on until the user downloads it', async () => {
    const others = connect(join(dataDir, 'first'));
    resetStores(digitsModel());
    act(() => documentStore.getState().update({ dataset: { id: 'mnist' } }));
    render(<TrainingPanel />);
    const preview = screen.getByRole('figure', { name: 'Dataset preview' });
    expect(
      await within(preview).findByText(
        'MNIST is not on this computer yet: press Download under the dataset first.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(
      screen.getByText(
        'Training cannot start: MNIST is not on this computer yet: press Download under the dataset first.',
      ),
    ).toBeTruthy();
    // Neither the preview nor Train asked the host for anything that would load MNIST.
    expect(others.map((r) => r.type)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByText('MNIST is downloaded and kept on this computer.', undefined, {
      timeout: 5_000,
    });
    // Now the preview asks for its first page, and Train starts a run.
    await expect
      .poll(() => others.map((r) => r.type), { timeout: 2_000 })
      .toEqual(['datasetExamples']);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(others.map((r) => r.type)).toEqual(['datasetExamples', 'trainer']);
  });
});

describe('downloadNeeded', () => {
  it.each([
    [null, {}, null],
    [{ id: 'xor' }, {}, null],
    [{ id: 'mnist-sample' }, {}, null],
    [{ id: 'mnist' }, { mnist: 'done' as const }, null],
    [{ id: 'mnist' }, {}, 'Checking whether MNIST is on this computer…'],
    [{ id: 'cifar-10' }, { 'cifar-10': 'running' as const }, 'CIFAR-10 is still downloading'],
    [{ id: 'fashion-mnist' }, { 'fashion-mnist': 'missing' as const }, 'press Download'],
    [{ id: 'fashion-mnist' }, { 'fashion-mnist': 'failed' as const }, 'press Download'],
  ])('for %j with %j says %s', (dataset, known, expected) => {
    const why = downloadNeeded(dataset, known);
    if (expected === null) expect(why).toBeNull();
    else expect(why).toContain(expected);
  });
});
