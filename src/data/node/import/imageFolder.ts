/**
 * A folder of images, one subfolder per class, read into a dataset: every PNG and JPEG decoded
 * with sharp, resized to size × size (stretched, so no part of an image is cut off), grayscale or
 * RGB, as values from 0 to 1. Images that fail to decode are listed and skipped, empty class
 * folders are named, and differing sizes are noted. A few images are decoded at a time, so a
 * folder of 10,000 images never has 10,000 decodes in flight.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import { formatNumber } from '../../../layers/paramCheck';
import { oneHot } from '../../labels';
import { createRandom } from '../../random';
import { selectExamples, stratifiedSplit, type Examples } from '../../split';
import type { Dataset } from '../../types';
import { dataNote, withNotes, type DataNote } from '../../notes';
import { importError } from '../../import/errors';
import type { ImageOptions } from '../../import/options';
import type { ImportReport } from '../../import/report';
import type { Progress } from './readCsvFile';

const EXTENSIONS = new Set(['.png', '.jpg', '.jpeg']);
/** Images larger than this many pixels are refused before decoding (a decompression bomb). */
const MAX_INPUT_PIXELS = 50_000_000;
/** All examples together may hold at most this many values (1 GiB of float32). */
const MAX_VALUES = 2 ** 28;
const MAX_CLASSES = 1_000;
const MAX_LISTED = 10;

export interface ImageFolderResult {
  dataset: Dataset;
  report: ImportReport;
  /** A few examples per class as 0–255 bytes, for the preview grid. */
  samples: { label: number; pixels: Uint8Array }[];
}

export async function readImageFolder(
  folder: string,
  options: ImageOptions,
  onProgress?: Progress,
): Promise<ImageFolderResult> {
  const { classNames, files, notes } = await listClasses(folder);
  const channels = options.color === 'rgb' ? 3 : 1;
  const size = options.size;
  const inputSize = size * size * channels;
  if (files.length * inputSize > MAX_VALUES)
    throw importError(
      `${formatNumber(files.length)} images of ${size}×${size}×${channels} are more than NeuroCanvas can hold in memory; choose a smaller image size.`,
      'images.tooLarge',
      { count: files.length, size, channels },
    );

  const x = new Float32Array(files.length * inputSize);
  const ok = new Uint8Array(files.length);
  const failed: string[] = [];
  const sizes = new Map<string, number>();
  let done = 0;
  await forEachLimited(files, workers(), async (file, i) => {
    try {
      const image = sharp(file.path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
      const meta = await image.metadata();
      const key = `${meta.width}×${meta.height}`;
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
      const pipeline = image.rotate().resize(size, size, { fit: 'fill' }).removeAlpha();
      const { data, info } = await (
        channels === 1 ? pipeline.grayscale() : pipeline.toColourspace('srgb')
      )
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== channels || data.length !== inputSize)
        throw new Error(`decoded to ${info.channels} channels`);
      const out = x.subarray(i * inputSize, (i + 1) * inputSize);
      for (let k = 0; k < inputSize; k++) out[k] = data[k]! / 255;
      ok[i] = 1;
    } catch (e) {
      failed.push(`${classNames[file.label]}/${basename(file.path)} (${reason(e)})`);
    }
    done++;
    if (onProgress && (done % 50 === 0 || done === files.length)) onProgress(done / files.length);
  });

  if (failed.length > 0) {
    failed.sort();
    notes.push(
      dataNote('images-undecodable', {
        count: failed.length,
        files: failed.slice(0, MAX_LISTED).join(', '),
        more: Math.max(0, failed.length - MAX_LISTED),
      }),
    );
  }
  if (sizes.size > 1) {
    const listed = [...sizes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([s, n]) => `${s} (${formatNumber(n)})`);
    notes.push(
      dataNote('images-sizes', {
        count: sizes.size,
        sizes: listed.join(', '),
        cut: sizes.size > 5 ? 'yes' : 'no',
        size,
      }),
    );
  } else if (sizes.size === 1 && !sizes.has(`${size}×${size}`)) {
    notes.push(dataNote('images-resized', { from: [...sizes.keys()][0]!, size }));
  }

  const kept = files.flatMap((_, i) => (ok[i] ? [i] : []));
  const labels = Int32Array.from(kept, (i) => files[i]!.label);
  const present = new Set(labels);
  if (present.size < 2)
    throw importError(
      `Only ${present.size === 1 ? `the class '${classNames[[...present][0]!]}'` : 'no class'} has images that could be decoded; a classifier needs at least two classes.`,
      'images.tooFewClasses',
    );
  const examples: Examples = {
    x: gather(x, inputSize, kept),
    y: oneHot(labels, classNames.length),
    count: kept.length,
    inputSize,
    targetSize: classNames.length,
  };
  const random = createRandom(options.seed);
  const parts = stratifiedSplit(labels, classNames.length, options.trainRatio, random);
  const train = selectExamples(examples, parts.train);
  const test = selectExamples(examples, parts.test);
  const count = (indices: Uint32Array) => {
    const c = new Array<number>(classNames.length).fill(0);
    for (const i of indices) c[labels[i]!]!++;
    return c;
  };
  const dataset: Dataset = {
    id: 'import-images',
    name: basename(folder),
    task: 'classification',
    inputShape: [size, size, channels],
    targetShape: [classNames.length],
    classNames,
    train,
    test,
    options: { size, channels, seed: options.seed, trainRatio: options.trainRatio },
  };
  return {
    dataset,
    report: {
      kind: 'images',
      name: dataset.name,
      task: 'classification',
      inputShape: dataset.inputShape,
      targetShape: dataset.targetShape,
      train: train.count,
      test: test.count,
      ...withNotes(notes),
      balance: { classNames, train: count(parts.train), test: count(parts.test) },
    },
    samples: samplesOf(examples, labels, classNames.length),
  };
}

interface ImageFile {
  path: string;
  label: number;
}

async function listClasses(folder: string) {
  const info = await stat(folder).catch(() => null);
  if (!info)
    throw importError(`The folder '${folder}' was not found.`, 'images.notFound', {
      folder: basename(folder),
    });
  if (!info.isDirectory())
    throw importError(
      `'${folder}' is not a folder; an image import needs a folder with one subfolder per class.`,
      'images.notFolder',
      { folder: basename(folder) },
    );
  const entries = await readdir(folder, { withFileTypes: true });
  const classDirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  if (classDirs.length === 0)
    throw importError(
      `The folder '${basename(folder)}' has no subfolders. Put the images of each class in a subfolder named after the class, e.g. cats/ and dogs/.`,
      'images.noSubfolders',
      { folder: basename(folder) },
    );
  if (classDirs.length > MAX_CLASSES)
    throw importError(
      `The folder has ${formatNumber(classDirs.length)} subfolders; NeuroCanvas reads at most ${formatNumber(MAX_CLASSES)} classes.`,
      'images.tooManyClasses',
      { count: classDirs.length, max: MAX_CLASSES },
    );
  const notes: DataNote[] = [];
  const classNames: string[] = [];
  const files: ImageFile[] = [];
  const empty: string[] = [];
  let others = 0;
  for (const name of classDirs) {
    const inside = await readdir(join(folder, name), { withFileTypes: true });
    const images = inside
      .filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
    others += inside.filter(
      (e) => e.isFile() && !EXTENSIONS.has(extname(e.name).toLowerCase()),
    ).length;
    if (images.length === 0) {
      empty.push(name);
      continue;
    }
    const label = classNames.length;
    classNames.push(name);
    for (const image of images) files.push({ path: join(folder, name, image), label });
  }
  if (empty.length > 0)
    notes.push(
      dataNote('images-empty-classes', {
        count: empty.length,
        folders: empty.map((e) => `'${e}'`).join(', '),
      }),
    );
  if (others > 0) notes.push(dataNote('images-other-files', { count: others }));
  if (classNames.length < 2)
    throw importError(
      `${classNames.length === 1 ? `Only the folder '${classNames[0]}' holds` : 'No subfolder holds'} PNG or JPEG images${empty.length > 0 ? ` (${empty.map((e) => `'${e}'`).join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty)` : ''}; a classifier needs at least two classes with images.`,
      'images.tooFewClasses',
    );
  return { classNames, files, notes };
}

function workers(): number {
  // sharp decodes on libuv's thread pool; more requests in flight than threads only queue.
  return Math.max(2, Math.min(8, availableParallelism() * 2));
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await run(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function gather(x: Float32Array, rowSize: number, rows: number[]): Float32Array {
  if (rows.length * rowSize === x.length) return x;
  const out = new Float32Array(rows.length * rowSize);
  rows.forEach((r, k) => out.set(x.subarray(r * rowSize, (r + 1) * rowSize), k * rowSize));
  return out;
}

/** Up to 8 examples of each class, at most 64 in all. */
function samplesOf(examples: Examples, labels: Int32Array, classes: number) {
  const perClass = Math.max(1, Math.min(8, Math.floor(64 / classes)));
  const taken = new Array<number>(classes).fill(0);
  const out: { label: number; pixels: Uint8Array }[] = [];
  for (let i = 0; i < labels.length && out.length < 64; i++) {
    const label = labels[i]!;
    if (taken[label]! >= perClass) continue;
    taken[label]!++;
    const row = examples.x.subarray(i * examples.inputSize, (i + 1) * examples.inputSize);
    out.push({ label, pixels: Uint8Array.from(row, (v) => Math.round(v * 255)) });
  }
  return out;
}

function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.slice(0, 120);
}
