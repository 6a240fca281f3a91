import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBundle } from './writeBundle';

let root: string;
beforeEach(async () => (root = await mkdtemp(join(tmpdir(), 'nc-bundle-'))));
afterEach(() => rm(root, { recursive: true, force: true }));

const files = [
  { path: 'model.json', data: '{}' },
  { path: 'sub/weights.bin', data: new Uint8Array([1, 2, 3]) },
];

describe('writeBundle', () => {
  it('writes every file, creating folders, and leaves nothing else beside the bundle', async () => {
    const out = await writeBundle(join(root, 'a', 'bundle'), files);
    expect(await readFile(join(out, 'model.json'), 'utf8')).toBe('{}');
    expect([...(await readFile(join(out, 'sub', 'weights.bin')))]).toEqual([1, 2, 3]);
    expect(await readdir(join(root, 'a'))).toEqual(['bundle']);
  });

  it('fills an empty folder, refuses one holding files, and replaces it when forced', async () => {
    const out = join(root, 'bundle');
    await mkdir(out);
    await writeBundle(out, files);
    await expect(writeBundle(out, [{ path: 'other.txt', data: 'x' }])).rejects.toThrow(
      /already holds files/,
    );
    expect((await readdir(out)).sort()).toEqual(['model.json', 'sub']);
    await writeBundle(out, [{ path: 'other.txt', data: 'x' }], { force: true });
    expect(await readdir(out)).toEqual(['other.txt']);
    expect(await readdir(root)).toEqual(['bundle']);
  });

  it('refuses a file in the way', async () => {
    await writeFile(join(root, 'taken'), 'x');
    await expect(writeBundle(join(root, 'taken'), files)).rejects.toThrow(/is a file/);
  });

  it.each(['../escape.txt', '/abs.txt', 'a//b', 'a\\b', '', './x'])(
    "refuses the file name '%s' before writing anything",
    async (path) => {
      await expect(
        writeBundle(join(root, 'bundle'), [...files, { path, data: 'x' }]),
      ).rejects.toThrow(/not a plain relative path/);
      expect(await readdir(root)).toEqual([]);
    },
  );

  it('leaves no partial bundle when a write fails', async () => {
    // The same path twice is caught before writing; a file under a file fails midway.
    await expect(
      writeBundle(join(root, 'bundle'), [
        { path: 'x', data: '1' },
        { path: 'x/y', data: '2' },
      ]),
    ).rejects.toThrow(/Cannot write the bundle/);
    expect(await readdir(root)).toEqual([]);
  });
});
