/**
 * The data import figures of `npm run bench` (issue 5, §8):
 *   - a generated 100 MB CSV imported as the import dialog and `neurocanvas data import` do it:
 *     throughput in MB/s, and the peak memory the import adds (resident set, sampled), against
 *     the target of less than 3× the file's size;
 *   - a generated folder of 10,000 PNGs decoded and resized: images per second.
 * Everything is written to a temporary folder, which is removed afterwards.
 * `tsx src/bench/data.ts [--json]` runs this part alone.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { importData } from '../data/node/import/importData';

export const CSV_TARGET_BYTES = 100 * 1024 * 1024;
export const IMAGE_COUNT = 10_000;
const IMAGE_CLASSES = 10;
const IMAGE_SIDE = 64;
const MEMORY_TARGET = 3;
const MB = 1024 * 1024;

export interface DataBench {
  csv: {
    bytes: number;
    rows: number;
    seconds: number;
    mbPerSecond: number;
    /** Peak resident memory during the import above what the process held before it. */
    peakRssAddedBytes: number;
    peakHeapUsedBytes: number;
    /** peakRssAddedBytes / bytes; the target is below 3. */
    memoryRatio: number;
  };
  images: { count: number; side: number; resizedTo: number; seconds: number; perSecond: number };
}

/** A small seeded generator, so that the files are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A table of 8 measurements and a 4-valued text class, about 60 bytes a row, up to `bytes`. */
async function writeCsv(path: string, bytes: number): Promise<number> {
  const next = random(1);
  const out = createWriteStream(path);
  const kinds = ['alpha', 'beta', 'gamma', 'delta'];
  out.write('a,b,c,d,e,f,g,h,kind\n');
  let written = 0;
  let rows = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const k = Math.floor(next() * 4);
      const values = Array.from({ length: 8 }, (_, j) => (k * (j + 1) + next() * 3).toFixed(3));
      lines.push(`${values.join(',')},${kinds[k]}`);
    }
    const chunk = `${lines.join('\n')}\n`;
    written += chunk.length;
    rows += lines.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

/** Calls `work` while sampling the resident set and the heap every 10 ms; returns their peaks. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 10);
  try {
    const result = await work();
    sample();
    return { result, peakRssAdded: peakRss - before.rss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

async function writeImages(root: string): Promise<void> {
  const next = random(2);
  const jobs: Promise<unknown>[] = [];
  for (let c = 0; c < IMAGE_CLASSES; c++)
    await mkdir(join(root, `class-${c}`), { recursive: true });
  for (let i = 0; i < IMAGE_COUNT; i++) {
    const c = i % IMAGE_CLASSES;
    const pixels = Buffer.alloc(IMAGE_SIDE * IMAGE_SIDE * 3);
    for (let p = 0; p < pixels.length; p++)
      pixels[p] = ((p * (c + 1)) % 200) + Math.floor(next() * 55);
    jobs.push(
      sharp(pixels, { raw: { width: IMAGE_SIDE, height: IMAGE_SIDE, channels: 3 } })
        .png()
        .toFile(join(root, `class-${c}`, `${i}.png`)),
    );
    if (jobs.length >= 64) await Promise.all(jobs.splice(0));
  }
  await Promise.all(jobs);
}

export async function benchData(log: (line: string) => void = () => undefined): Promise<DataBench> {
  const dir = await mkdtemp(join(tmpdir(), 'neurocanvas-bench-data-'));
  try {
    const csvPath = join(dir, 'table.csv');
    const rows = await writeCsv(csvPath, CSV_TARGET_BYTES);
    const bytes = (await stat(csvPath)).size;
    const started = performance.now();
    const { peakRssAdded, peakHeap } = await withPeakMemory(() => importData('csv', csvPath, {}));
    const seconds = (performance.now() - started) / 1000;
    const csv = {
      bytes,
      rows,
      seconds,
      mbPerSecond: bytes / MB / seconds,
      peakRssAddedBytes: peakRssAdded,
      peakHeapUsedBytes: peakHeap,
      memoryRatio: peakRssAdded / bytes,
    };
    log(
      `\nCSV import of ${(bytes / MB).toFixed(0)} MB (${rows.toLocaleString('en-US')} rows): ${csv.mbPerSecond.toFixed(1)} MB/s (${seconds.toFixed(1)} s)`,
    );
    log(
      `  peak memory added ${(peakRssAdded / MB).toFixed(0)} MB resident = ${csv.memoryRatio.toFixed(2)}× the file (target < ${MEMORY_TARGET}×: ${csv.memoryRatio < MEMORY_TARGET ? 'met' : 'MISSED'}); peak heap ${(peakHeap / MB).toFixed(0)} MB`,
    );
    await rm(csvPath);

    const folder = join(dir, 'images');
    await writeImages(folder);
    const imageStart = performance.now();
    const imported = await importData('images', folder, { size: 28, color: 'grayscale' });
    const imageSeconds = (performance.now() - imageStart) / 1000;
    const count = imported.dataset.train.count + imported.dataset.test.count;
    const images = {
      count,
      side: IMAGE_SIDE,
      resizedTo: 28,
      seconds: imageSeconds,
      perSecond: count / imageSeconds,
    };
    log(
      `Image folder import: ${count.toLocaleString('en-US')} PNGs of ${IMAGE_SIDE}×${IMAGE_SIDE} RGB decoded and resized to 28×28 grayscale: ${Math.round(images.perSecond).toLocaleString('en-US')} images/s (${imageSeconds.toFixed(1)} s)`,
    );
    return { csv, images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = process.argv.includes('--json');
  const result = await benchData(json ? undefined : (line) => console.log(line));
  if (json) console.log(JSON.stringify(result));
}
