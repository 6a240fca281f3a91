import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNpy, writeNpz } from '../../../numpy';
import { encodeIdx } from '../../formats/idx';
import { importData } from './importData';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-arrays-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (name: string, bytes: Uint8Array) => {
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
};

/** 20 4×4 byte images, image i filled with 10·i, labelled i mod 2, as MNIST stores them. */
const COUNT = 20;
const pixels = Uint8Array.from({ length: COUNT * 16 }, (_, p) => 10 * Math.floor(p / 16));
const labels = Uint8Array.from({ length: COUNT }, (_, i) => i % 2);

/** Checks that every imported example is one of the written ones, with its own label. */
function expectExamplesKept(dataset: Awaited<ReturnType<typeof importData>>['dataset']) {
  expect(dataset.train.count + dataset.test.count).toBe(COUNT);
  const seen = new Set<number>();
  for (const part of [dataset.train, dataset.test])
    for (let e = 0; e < part.count; e++) {
      const image = Math.round((part.x[e * 16]! * 255) / 10);
      seen.add(image);
      expect(part.y[e * 2 + (image % 2)]).toBe(1);
    }
  expect(seen.size).toBe(COUNT);
}

describe('importing IDX files', () => {
  it('reads gzipped images with raw labels beside them', async () => {
    const images = await write(
      'images-idx3-ubyte.gz',
      gzipSync(encodeIdx({ type: 'uint8', shape: [COUNT, 4, 4], data: pixels })),
    );
    await write('labels-idx1-ubyte', encodeIdx({ type: 'uint8', shape: [COUNT], data: labels }));
    const { dataset, report } = await importData('arrays', images, {
      labels: 'labels-idx1-ubyte',
    });
    expect(dataset.task).toBe('classification');
    expect(dataset.inputShape).toEqual([4, 4, 1]);
    expect(report.balance).toEqual({ classNames: ['0', '1'], train: [8, 8], test: [2, 2] });
    expectExamplesKept(dataset);
  });

  it('reads float32 inputs as they are, without scaling', async () => {
    const data = Float32Array.from({ length: 8 }, (_, i) => i * 100);
    const x = await write('x.idx', encodeIdx({ type: 'float32', shape: [4, 2], data }));
    await write('y.idx', encodeIdx({ type: 'int32', shape: [4], data: Int32Array.of(0, 1, 0, 1) }));
    const { dataset } = await importData('arrays', x, { labels: 'y.idx' });
    const all = [...dataset.train.x, ...dataset.test.x].sort((a, b) => a - b);
    expect(all).toEqual([...data]);
  });

  const idxImages = () => encodeIdx({ type: 'uint8', shape: [COUNT, 4, 4], data: pixels });
  it.each([
    {
      what: 'labels for fewer examples than images',
      images: idxImages,
      labels: () => encodeIdx({ type: 'uint8', shape: [COUNT - 1], data: labels.subarray(1) }),
      error: /There are 20 inputs but 19 targets/,
    },
    {
      what: 'a truncated images file',
      images: () => idxImages().subarray(0, 100),
      labels: () => encodeIdx({ type: 'uint8', shape: [COUNT], data: labels }),
      error:
        /images\.idx is truncated: shape \[20, 4, 4\] of uint8 needs 336 bytes, but it has 100/,
    },
    {
      what: 'a header declaring billions of values',
      images: () => {
        const bytes = idxImages();
        new DataView(bytes.buffer).setUint32(4, 0xffffffff, false);
        return bytes;
      },
      labels: () => encodeIdx({ type: 'uint8', shape: [COUNT], data: labels }),
      error: /declares shape \[4294967295, 4, 4\].*more than the 200,000,000 accepted/,
    },
    {
      what: 'a file that is not IDX',
      images: () => new TextEncoder().encode('label,pixel\n1,2\n'),
      labels: () => encodeIdx({ type: 'uint8', shape: [COUNT], data: labels }),
      error: /images\.idx is not an IDX file: it should start with two zero bytes/,
    },
    {
      what: 'broken gzip data',
      images: () => Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7),
      labels: () => encodeIdx({ type: 'uint8', shape: [COUNT], data: labels }),
      error: /images\.idx is not valid gzip data/,
    },
  ])('refuses $what, saying so', async ({ images, labels: labelBytes, error }) => {
    const path = await write('images.idx', images());
    await write('labels.idx', labelBytes());
    await expect(importData('arrays', path, { labels: 'labels.idx' })).rejects.toThrow(error);
  });

  it('asks for the labels file when none is named, and names a missing one', async () => {
    const path = await write('alone.idx', idxImages());
    await expect(importData('arrays', path, {})).rejects.toThrow(
      /alone\.idx holds the inputs only; name the file of labels .* with the option 'labels'/,
    );
    await expect(importData('arrays', path, { labels: 'nowhere.idx' })).rejects.toThrow(
      /The file '.*nowhere\.idx' was not found/,
    );
  });
});

describe('importing NumPy files', () => {
  const x = { dtype: 'uint8' as const, shape: [COUNT, 4, 4], data: pixels };
  const y = { dtype: 'int64' as const, shape: [COUNT], data: BigInt64Array.from(labels, BigInt) };

  it('reads an .npz holding x and y (compressed), as NumPy savez_compressed writes it', async () => {
    const path = await write('digits.npz', writeNpz({ x, y }, { compress: true }));
    const { dataset, report } = await importData('arrays', path, {});
    expect(dataset.inputShape).toEqual([4, 4, 1]);
    expect(report.notes.join(' ')).toMatch(/divided by 255/);
    expectExamplesKept(dataset);
  });

  it('finds x_train and y_train, and arrays named by the options', async () => {
    const usual = await write('usual.npz', writeNpz({ x_train: x, y_train: y }));
    expectExamplesKept((await importData('arrays', usual, {})).dataset);
    const named = await write('named.npz', writeNpz({ pics: x, kinds: y }));
    const { dataset } = await importData('arrays', named, { inputs: 'pics', labels: 'kinds' });
    expectExamplesKept(dataset);
  });

  it('reads inputs and labels from two .npy files', async () => {
    const path = await write('x.npy', writeNpy(x));
    await write('y.npy', writeNpy(y));
    expectExamplesKept((await importData('arrays', path, { labels: 'y.npy' })).dataset);
  });

  it('regresses float targets of shape [n, 2]', async () => {
    const targets = { dtype: 'float64' as const, shape: [COUNT, 2], data: new Float64Array(40) };
    const path = await write('reg.npz', writeNpz({ x, y: targets }));
    const { dataset } = await importData('arrays', path, {});
    expect(dataset.task).toBe('regression');
    expect(dataset.targetShape).toEqual([2]);
  });

  it.each([
    {
      what: 'an .npz without the labels',
      file: () => writeNpz({ x }),
      options: {},
      error:
        /has no array for the labels \(looked for 'y', 'y_train', 'labels', 'targets'\)\. Its arrays are 'x'/,
    },
    {
      what: 'an array named by the options that is not there',
      file: () => writeNpz({ x, y }),
      options: { labels: 'classes' },
      error: /has no array 'classes'\. Its arrays are 'x', 'y'/,
    },
    {
      what: 'labels for more examples than inputs',
      file: () =>
        writeNpz({ x, y: { ...y, shape: [COUNT + 1], data: new BigInt64Array(COUNT + 1) } }),
      options: {},
      error: /There are 20 inputs but 21 targets/,
    },
    {
      what: 'a file that is not a ZIP archive',
      file: () => new TextEncoder().encode('not an archive at all'),
      options: {},
      error: /is not a readable \.npz \(ZIP\) archive/,
    },
    {
      what: 'an archive holding something other than arrays',
      file: () => zipSync({ 'notes.txt': new TextEncoder().encode('hello') }),
      options: {},
      error: /holds 'notes\.txt', which is not a \.npy array/,
    },
    {
      what: 'an entry whose header declares more data than it holds',
      file: () => zipSync({ 'x.npy': writeNpy(x).subarray(0, 200), 'y.npy': writeNpy(y) }),
      options: {},
      error: /entry 'x' is truncated: shape \(20, 4, 4\) of uint8 needs 320 bytes/,
    },
    {
      what: 'an unknown option',
      file: () => writeNpz({ x, y }),
      options: { colour: 'rgb' },
      error: /An IDX or NumPy import has no option 'colour'/,
    },
  ])('refuses $what, saying so', async ({ file, options, error }) => {
    const path = await write('bad.npz', file());
    await expect(importData('arrays', path, options as Record<string, string>)).rejects.toThrow(
      error,
    );
  });

  it('refuses a .npy of a dtype it does not read', async () => {
    const bytes = writeNpy(x);
    const text = new TextDecoder('latin1').decode(bytes);
    const changed = Uint8Array.from(text.replace("'|u1'", "'<c8'"), (c) => c.charCodeAt(0));
    const path = await write('complex.npy', changed);
    await write('labels.npy', writeNpy(y));
    await expect(importData('arrays', path, { labels: 'labels.npy' })).rejects.toThrow(
      /holds dtype '<c8'; only float32, float64, int32, int64, uint8 and bool are read/,
    );
  });
});
