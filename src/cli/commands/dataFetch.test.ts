/** `neurocanvas data list` and `data fetch`, run in-process with captured output. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../data/catalog';
import { downloadProgress } from '../../data/downloads/progress';
import { DOWNLOAD_MIRROR_ENV } from '../../data/node/download/fetchDataset';
import { closedPortUrl } from '../../data/node/download/testing/fixtures';
import { DATA_DIR_ENV } from '../../host/server/dataDir';
import { main, type Io } from '../main';
import { downloadLine } from './dataFetch';

let dataDir: string;
const saved = { data: process.env[DATA_DIR_ENV], mirror: process.env[DOWNLOAD_MIRROR_ENV] };

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-data-cli-'));
  process.env[DATA_DIR_ENV] = dataDir;
});
afterEach(async () => {
  for (const [name, value] of [
    [DATA_DIR_ENV, saved.data],
    [DOWNLOAD_MIRROR_ENV, saved.mirror],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(dataDir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('neurocanvas data list', () => {
  it('prints one row per dataset, saying which are downloaded on first use', async () => {
    const { code, out } = await run('data', 'list');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+Name\s+Task\s+Input\s+Target\s+Train\s+Test\s+Where$/);
    for (const id of DATASET_IDS) expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
    expect(lines.find((l) => l.startsWith('mnist '))).toMatch(
      /^mnist\s+MNIST\s+classification\s+\[28, 28, 1\]\s+10 classes\s+60,000\s+10,000\s+download 11\.1 MB$/,
    );
    expect(lines.find((l) => l.startsWith('shapes-masks '))).toMatch(
      /segmentation\s+\[32, 32, 1\]\s+\[32, 32, 1\]/,
    );
    expect(out).toContain(`Downloaded datasets are kept in ${join(dataDir, 'datasets')}`);
  });

  it('prints JSON with --json', async () => {
    const { code, out } = await run('data', 'list', '--json');
    expect(code).toBe(0);
    const listed = JSON.parse(out) as {
      dataDir: string;
      datasets: { id: string; origin: string; download: unknown }[];
    };
    expect(listed.dataDir).toBe(dataDir);
    expect(listed.datasets.map((d) => d.id)).toEqual([...DATASET_IDS]);
    const cifar = listed.datasets.find((d) => d.id === 'cifar-10')!;
    expect(cifar.origin).toBe('download');
    expect(cifar.download).toEqual({
      cached: false,
      bytes: 170_052_171,
      folder: join(dataDir, 'datasets', 'cifar-10'),
    });
    expect(listed.datasets.find((d) => d.id === 'cars')!.origin).toBe('bundled');
  });

  it('refuses an option it does not know', async () => {
    const { code, err } = await run('data', 'list', '--all');
    expect(code).toBe(2);
    expect(err).toMatch(/^neurocanvas: data list: Unknown option '--all'/);
  });
});

describe('neurocanvas data fetch', () => {
  it('says there is nothing to download for a generated or bundled set', async () => {
    expect((await run('data', 'fetch', 'spiral')).out).toBe(
      'Spiral is drawn on this computer; there is nothing to download.',
    );
    expect((await run('data', 'fetch', 'penguins')).out).toBe(
      'Penguins comes installed with NeuroCanvas; there is nothing to download.',
    );
  });

  it('refuses an unknown id, listing the known ones', async () => {
    const { code, err } = await run('data', 'fetch', 'mnits');
    expect(code).toBe(2);
    expect(err).toContain("there is no dataset 'mnits'. The datasets are circle,");
  });

  it('gives the one clear offline message, with the folder to fill by hand, and keeps nothing', async () => {
    process.env[DOWNLOAD_MIRROR_ENV] = await closedPortUrl();
    const { code, err } = await run('data', 'fetch', 'fashion-mnist');
    expect(code).toBe(1);
    const folder = join(dataDir, 'datasets', 'fashion-mnist');
    expect(err).toMatch(
      /^neurocanvas: Could not download Fashion-MNIST: http:\/\/127\.0\.0\.1:\d+\/fashion-mnist\/train-images-idx3-ubyte\.gz could not be reached \(the connection was refused \(ECONNREFUSED\)\)\. Check the internet connection and try again\. To add them by hand, download/,
    );
    expect(err.endsWith(`and put them, unchanged, in ${folder}.`)).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('downloadLine', () => {
  it('shows the bar, percent, bytes, speed and time left within the width', () => {
    const p = downloadProgress(
      'mnist',
      'train-images-idx3-ubyte.gz',
      0,
      5_242_880,
      10_485_760,
      2.5,
    );
    const line = downloadLine('MNIST', p, 80);
    // The bar fills the room left on an 80-column line, less one column for the cursor.
    expect(line).toHaveLength(79);
    expect(line.startsWith('MNIST [█')).toBe(true);
    expect(line.endsWith('░]   50%  5.0 MB of 10.0 MB  2.0 MB/s  ETA 3s')).toBe(true);
    const [, full, empty] = /\[(█+)(░+)\]/.exec(line)!;
    expect(full!.length).toBe(empty!.length);
  });

  it('leaves out speed and time left until they are known', () => {
    const p = downloadProgress('mnist', 'x', 0, 0, 1_000, 0);
    expect(downloadLine('MNIST', p, 40)).toBe(`MNIST [${'░'.repeat(10)}]    0%  0 B of 1000 B`);
  });
});
