import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../serveMain';
import { RENDERER_OUT } from '../server/buildRenderer';
import { buildDesktop, DESKTOP_OUT, desktopEntries } from './startBuild';

const run = promisify(execFile);

describe('buildDesktop', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'neurocanvas-shell-'));
    await symlink(join(PACKAGE_ROOT, 'node_modules'), join(root, 'node_modules'));
    await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
    await mkdir(join(root, 'electron'));
    await mkdir(join(root, 'src'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds main, preload and helper modules, and skips tests and declarations', async () => {
    for (const name of ['main.ts', 'preload.ts', 'trainer.ts', 'main.test.ts', 'env.d.ts', 'x.md'])
      await writeFile(join(root, 'electron', name), '');
    expect(await desktopEntries(root)).toEqual([
      { source: join('electron', 'main.ts'), output: join('out', 'main', 'main.js'), kind: 'main' },
      {
        source: join('electron', 'preload.ts'),
        output: join('out', 'preload', 'preload.cjs'),
        kind: 'preload',
      },
      {
        source: join('electron', 'trainer.ts'),
        output: join('out', 'main', 'trainer.js'),
        kind: 'main',
      },
    ]);
  });

  it('bundles src/ into an ES module main that runs, leaving packages and electron outside', async () => {
    await writeFile(
      join(root, 'src', 'greeting.ts'),
      "import { z } from 'zod';\nexport const greeting = (name: string): string => `Hello, ${z.string().parse(name)}`;\n",
    );
    await writeFile(
      join(root, 'electron', 'main.ts'),
      "import { greeting } from '../src/greeting';\nconsole.log(greeting('shell'));\n",
    );
    await writeFile(
      join(root, 'electron', 'preload.ts'),
      "import { contextBridge } from 'electron';\nimport { greeting } from '../src/greeting';\ncontextBridge.exposeInMainWorld('x', greeting);\n",
    );
    const built = await buildDesktop(root);
    expect(built.ok).toBe(true);

    const main = await readFile(join(root, 'out', 'main', 'main.js'), 'utf8');
    expect(main).toMatch(/from "zod"/);
    expect(main).not.toContain('../src/greeting');
    const { stdout } = await run(process.execPath, [join(root, 'out', 'main', 'main.js')]);
    expect(stdout).toBe('Hello, shell\n');

    // The sandboxed preload gets one CommonJS file asking only for electron.
    const preload = await readFile(join(root, 'out', 'preload', 'preload.cjs'), 'utf8');
    expect(preload).toContain('require("electron")');
    expect(preload).not.toMatch(/\bimport\s/);
  });

  it('says what failed when the code does not compile, or there is no main', async () => {
    expect(await buildDesktop(root)).toEqual({
      ok: false,
      error: `There is no ${join('electron', 'main.ts')} to build.`,
    });
    await writeFile(
      join(root, 'electron', 'main.ts'),
      "import { gone } from '../src/missing';\nconsole.log(gone);\n",
    );
    const built = await buildDesktop(root);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.error).toMatch(/Could not resolve "\.\.\/src\/missing"/);
  });
});

describe('electron-builder.yml', () => {
  const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  interface BuilderConfig {
    files: string[];
    extraMetadata: { main: string };
    asarUnpack: string[];
    fileAssociations: { ext: string; role: string }[];
    linux: { target: string[]; icon: string };
    mac: { target: string[]; icon: string };
    win: { target: string[]; icon: string };
    electronFuses: Record<string, boolean>;
  }
  const config = async () =>
    load(await readFile(join(PACKAGE_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('packs what build:desktop makes, and starts the main process it compiles', async () => {
    const { files, extraMetadata } = await config();
    const posix = (path: string) => path.split(sep).join('/');
    expect(files).toContain(`${posix(DESKTOP_OUT)}/**`);
    expect(files).toContain(`${posix(RENDERER_OUT)}/**`);
    const main = (await desktopEntries(PACKAGE_ROOT)).find((e) => e.source.endsWith('main.ts'));
    expect(extraMetadata.main).toBe(posix(main?.output ?? join(DESKTOP_OUT, 'main', 'main.js')));
  });

  it('makes an AppImage and a deb, a dmg and an NSIS installer, owning .ncproj files', async () => {
    const { linux, mac, win, fileAssociations, asarUnpack } = await config();
    expect([linux.target, mac.target, win.target]).toEqual([
      ['AppImage', 'deb'],
      ['dmg'],
      ['nsis'],
    ]);
    expect(fileAssociations).toEqual([expect.objectContaining({ ext: 'ncproj', role: 'Editor' })]);
    expect(asarUnpack).toContain('node_modules/@tensorflow/tfjs-node/**');
  });

  it('is a configuration electron-builder itself accepts', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, log: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBe(
      undefined,
    );
    const misspelt = { ...(await config()), electronFuse: {} };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /electronFuse/,
    );
  });

  it('switches off running as Node, NODE_OPTIONS, --inspect and loading code outside the archive', async () => {
    const { electronFuses } = await config();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has real icons at the sizes each system needs', async () => {
    const { linux, mac, win } = await config();
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const icon = await sharp(join(PACKAGE_ROOT, linux.icon, `${size}x${size}.png`)).metadata();
      expect([icon.format, icon.width, icon.height]).toEqual(['png', size, size]);
    }
    const macIcon = await sharp(join(PACKAGE_ROOT, mac.icon)).metadata();
    expect([macIcon.width, macIcon.height]).toEqual([512, 512]);
    // ICO: a header, then one 16-byte entry per image; a width byte of 0 means 256.
    const ico = await readFile(join(PACKAGE_ROOT, win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toEqual([16, 32, 48, 256]);
  });
});
