/**
 * Downloads against a local server on 127.0.0.1 serving small files in the real formats: a good
 * download, the cache hit, a dropped connection, a wrong checksum, a 404, no server at all, and a
 * cancel. No test reaches the internet.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../i18n';
import { DatasetError } from '../../errors';
import { classCounts, integerLabels } from '../../labels';
import type { DownloadProgress } from '../../downloads/progress';
import { datasetFolder, fetchDataset, type FetchDatasetOptions } from './fetchDataset';
import { loadDownloaded } from './loadDownloaded';
import {
  CIFAR_FIXTURE_NAMES,
  cifarFixture,
  closedPortUrl,
  fixtureSource,
  FixtureServer,
  mnistFixture,
  pixelOf,
} from './testing/fixtures';

const mnistFiles = mnistFixture();
const cifarFiles = cifarFixture();
const server = new FixtureServer([...mnistFiles, ...cifarFiles]);
let dataDir: string;

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-downloads-'));
  server.requests.length = 0;
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function mnistOptions(...modes: string[]): FetchDatasetOptions {
  return { dataDir, source: fixtureSource(mnistFiles), locations: modes.map((m) => server.url(m)) };
}

async function refusal(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => expect.fail('expected the download to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

/** Every file in the cache folder: a failed download must leave none half-written. */
async function cached(): Promise<string[]> {
  return readdir(datasetFolder(dataDir, 'mnist')).catch(() => []);
}

describe('fetching MNIST in IDX gzip', () => {
  it('downloads every file, reports progress up to 100 %, and loads the digits', async () => {
    const progress: DownloadProgress[] = [];
    const result = await fetchDataset('mnist', 'MNIST', {
      ...mnistOptions('ok'),
      onProgress: (p) => progress.push(p),
    });
    const total = mnistFiles.reduce((s, f) => s + f.bytes, 0);
    expect(result.downloadedBytes).toBe(total);
    expect((await cached()).sort()).toEqual(mnistFiles.map((f) => f.name).sort());
    for (const file of mnistFiles) {
      expect(new Uint8Array(await readFile(join(result.folder, file.name)))).toEqual(file.data);
    }
    const last = progress[progress.length - 1]!;
    expect(last.receivedBytes).toBe(total);
    expect(last.percent).toBe(100);
    expect(progress.map((p) => p.receivedBytes)).toEqual(
      [...progress.map((p) => p.receivedBytes)].sort((a, b) => a - b),
    );
    expect(new Set(progress.map((p) => p.file))).toEqual(new Set(mnistFiles.map((f) => f.name)));

    const dataset = await loadDownloaded('mnist', mnistOptions('ok'));
    expect([dataset.train.count, dataset.test.count]).toEqual([30, 12]);
    expect(dataset.inputShape).toEqual([28, 28, 1]);
    // Pixel 100 of training image 3 was written as (7·3 + 100) mod 256, scaled to [0, 1].
    expect(dataset.train.x[3 * 784 + 100]).toBeCloseTo(pixelOf(3, 100) / 255, 6);
    expect([...integerLabels(dataset.train, 10)].slice(0, 12)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,
    ]);
    expect(classCounts(dataset.test, 10).reduce((a, b) => a + b)).toBe(12);
  });

  it('uses the cache on the next call without a single request', async () => {
    await fetchDataset('mnist', 'MNIST', mnistOptions('ok'));
    server.requests.length = 0;
    const progress: DownloadProgress[] = [];
    const again = await fetchDataset('mnist', 'MNIST', {
      ...mnistOptions('ok'),
      onProgress: (p) => progress.push(p),
    });
    expect(again.downloadedBytes).toBe(0);
    expect(server.requests).toEqual([]);
    expect(progress.at(-1)?.percent).toBe(100);
  });

  it('fetches again a cached file whose size is wrong', async () => {
    await fetchDataset('mnist', 'MNIST', mnistOptions('ok'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(datasetFolder(dataDir, 'mnist'), mnistFiles[1]!.name), 'damaged');
    server.requests.length = 0;
    const again = await fetchDataset('mnist', 'MNIST', mnistOptions('ok'));
    expect(server.requests).toEqual([`/ok/${mnistFiles[1]!.name}`]);
    expect(again.downloadedBytes).toBe(mnistFiles[1]!.bytes);
  });

  it('refuses a file with the wrong checksum and keeps nothing of it', async () => {
    const error = await refusal(fetchDataset('mnist', 'MNIST', mnistOptions('wrong')));
    expect(error.kind).toBe('download');
    expect(error.message).toMatch(
      /^Could not download MNIST\. http:\/\/127\.0\.0\.1:\d+\/wrong\/train-images-idx3-ubyte\.gz: the file received has the MD5 digest [0-9a-f]{32}, not the expected [0-9a-f]{32}\./,
    );
    expect(error.message).toMatch(
      /Nothing partial was kept\. To add them by hand, download train-images-idx3-ubyte\.gz, train-labels-idx1-ubyte\.gz, t10k-images-idx3-ubyte\.gz and t10k-labels-idx1-ubyte\.gz from .* and put them, unchanged, in .*datasets\/mnist\.$/,
    );
    expect(await cached()).toEqual([]);
  });

  it('survives a dropped connection: no half file, and the next location is tried', async () => {
    const error = await refusal(fetchDataset('mnist', 'MNIST', mnistOptions('drop')));
    expect(error.kind).toBe('download');
    expect(error.message).toMatch(
      /\/drop\/train-images-idx3-ubyte\.gz: the connection broke after [\d,]+ of [\d,]+ bytes/,
    );
    expect(await cached()).toEqual([]);

    const recovered = await fetchDataset('mnist', 'MNIST', mnistOptions('drop', 'ok'));
    expect(recovered.downloadedBytes).toBe(mnistFiles.reduce((s, f) => s + f.bytes, 0));
    expect((await cached()).sort()).toEqual(mnistFiles.map((f) => f.name).sort());
  });

  it('says which address answered 404', async () => {
    const error = await refusal(fetchDataset('mnist', 'MNIST', mnistOptions('gone')));
    expect(error.kind).toBe('download');
    expect(error.message).toContain(
      `${server.url('gone')}train-images-idx3-ubyte.gz: the server answered 404 Not Found`,
    );
    // The page says the same by code: in English word for word, and in Russian.
    const { code, values } = error.problem!;
    expect(translate('en', `data.download.error.${code}` as MessageKey, values)).toBe(
      error.message,
    );
    expect(translate('ru', `data.download.error.${code}` as MessageKey, values)).toMatch(
      /^Не удалось загрузить «MNIST»\. .*404 Not Found.*Частично загруженные файлы не сохранены\./,
    );
    expect(await cached()).toEqual([]);
  });

  it('gives one clear message when no server can be reached', async () => {
    const nowhere = await closedPortUrl();
    const error = await refusal(
      fetchDataset('mnist', 'MNIST', {
        dataDir,
        source: fixtureSource(mnistFiles),
        locations: [nowhere],
      }),
    );
    expect(error.kind).toBe('unreachable');
    const { code, values } = error.problem!;
    expect(translate('en', `data.download.error.${code}` as MessageKey, values)).toBe(
      error.message,
    );
    expect(translate('ru', `data.download.error.${code}` as MessageKey, values)).toContain(
      `не удалось связаться с ${nowhere}train-images-idx3-ubyte.gz`,
    );
    expect(error.message).toMatch(
      new RegExp(
        `^Could not download MNIST: ${nowhere}train-images-idx3-ubyte\\.gz could not be reached \\(.*ECONNREFUSED.*\\)\\. Check the internet connection and try again\\. To add them by hand, download .* and put them, unchanged, in ${datasetFolder(dataDir, 'mnist').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`,
      ),
    );
  });

  it('stops when cancelled, leaving no half file', async () => {
    const controller = new AbortController();
    const error = await refusal(
      fetchDataset('mnist', 'MNIST', {
        ...mnistOptions('stall'),
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.kind).toBe('cancelled');
    expect(error.message).toBe('The download of MNIST was cancelled; nothing partial was kept.');
    expect(await cached()).toEqual([]);
  });

  it('gives up on a server that goes silent', async () => {
    const error = await refusal(
      fetchDataset('mnist', 'MNIST', { ...mnistOptions('stall'), idleTimeoutMs: 300 }),
    );
    expect(error.message).toMatch(/no data for 0\.3 s after [\d,]+ bytes/);
    expect(await cached()).toEqual([]);
  });
});

describe('fetching CIFAR-10 as the binary tarball', () => {
  it('downloads, unpacks the tarball and reads the batches channels-last', async () => {
    const options = { dataDir, source: fixtureSource(cifarFiles), locations: [server.url('ok')] };
    const dataset = await loadDownloaded('cifar-10', options);
    expect([dataset.train.count, dataset.test.count]).toEqual([20, 3]);
    expect(dataset.inputShape).toEqual([32, 32, 3]);
    expect(dataset.classNames).toEqual(CIFAR_FIXTURE_NAMES);
    expect([...integerLabels(dataset.train, 10)]).toEqual(
      Array.from({ length: 20 }, (_, i) => i % 10),
    );
    // Training image 5, pixel 40 (row 1, column 8): red is byte 40 of its record's planes, green
    // byte 1,024 + 40, blue byte 2,048 + 40.
    const at = 5 * 3072 + 40 * 3;
    const rgb = [...dataset.train.x.subarray(at, at + 3)].map((v) => Math.round(v * 255));
    expect(rgb).toEqual([pixelOf(5, 40), pixelOf(5, 1024 + 40), pixelOf(5, 2048 + 40)]);
    // The test batch's first image was written with index 100.
    expect(Math.round(dataset.test.x[0]! * 255)).toBe(pixelOf(100, 0));
  });
});
