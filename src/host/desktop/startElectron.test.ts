import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../serveMain';
import { electronPackageDir, failureReason, findElectronBinary } from './startElectron';

describe('findElectronBinary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neurocanvas-electron-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const layouts: {
    name: string;
    pathTxt?: string;
    files: string[];
    override?: string;
    found: string | null;
  }[] = [
    { name: 'downloaded', pathTxt: 'electron', files: ['dist/electron'], found: 'dist/electron' },
    {
      name: 'downloaded on macOS',
      pathTxt: 'Electron.app/Contents/MacOS/Electron\n',
      files: ['dist/Electron.app/Contents/MacOS/Electron'],
      found: 'dist/Electron.app/Contents/MacOS/Electron',
    },
    { name: 'never downloaded', files: [], found: null },
    { name: 'named but deleted', pathTxt: 'electron', files: [], found: null },
    {
      name: 'overridden',
      pathTxt: 'electron',
      files: ['elsewhere/electron'],
      override: 'elsewhere',
      found: 'elsewhere/electron',
    },
    { name: 'overridden to nothing', files: [], override: 'elsewhere', found: null },
  ];
  it.each(layouts)('$name', async ({ pathTxt, files, override, found }) => {
    if (pathTxt !== undefined) await writeFile(join(dir, 'path.txt'), pathTxt);
    for (const file of files) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), '');
    }
    const env = override ? { ELECTRON_OVERRIDE_DIST_PATH: join(dir, override) } : {};
    expect(findElectronBinary(dir, env)).toBe(found === null ? null : join(dir, found));
  });
});

describe('electronPackageDir', () => {
  it('finds the installed package from the repository, and nothing from an empty folder', async () => {
    expect(electronPackageDir(PACKAGE_ROOT)).toBe(join(PACKAGE_ROOT, 'node_modules', 'electron'));
    const empty = await mkdtemp(join(tmpdir(), 'neurocanvas-empty-'));
    try {
      expect(electronPackageDir(empty)).toBeNull();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('failureReason', () => {
  it.each([
    [
      'TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async x\n',
      'TypeError: fetch failed',
    ],
    [
      'Downloading…\nRequestError: getaddrinfo ENOTFOUND github.com\n    at y\n',
      'RequestError: getaddrinfo ENOTFOUND github.com',
    ],
    ['checksum mismatch\n', 'checksum mismatch'],
    ['', 'the download failed'],
  ])('reads %j as %j', (output, reason) => {
    expect(failureReason(output)).toBe(reason);
  });
});
