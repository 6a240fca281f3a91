import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../serveMain';
import { get, writeTinyApp } from '../server/testing/hostTesting';
import { electronPackageDir, findElectronBinary } from './startElectron';
import { START_USAGE, startMain, type StartIo } from './startMain';

const ENTRY = fileURLToPath(new URL('./start.mjs', import.meta.url));
const realElectron = electronPackageDir(PACKAGE_ROOT);
/** Where Electron's binary can run, the fallback cannot be exercised. */
const binaryPresent = realElectron !== null && findElectronBinary(realElectron, {}) !== null;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const addressIn = (lines: string[]) => lines.find((line) => line.startsWith('  http://'));

describe('startMain', () => {
  let root: string;
  let out: string[];
  let err: string[];
  let stop: () => void;
  let io: StartIo;

  beforeEach(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-start-')));
    out = [];
    err = [];
    io = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      root,
      env: {},
      stop: new Promise<void>((resolve) => (stop = resolve)),
    };
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function fallsBackToTheBrowser(startIo: StartIo): Promise<URL> {
    await writeTinyApp(root);
    const running = startMain(['--no-open', '--data', join(root, 'data')], startIo);
    await until(() => addressIn(out) !== undefined);
    const url = new URL(addressIn(out)!.trim());
    expect(url.hostname).toBe('127.0.0.1');
    const page = await get(Number(url.port), `${url.pathname}${url.search}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Tiny app');
    expect((await get(Number(url.port), '/')).status).toBe(403);
    stop();
    expect(await running).toBe(0);
    return url;
  }

  it.skipIf(binaryPresent)(
    'says in one line that the binary could not be downloaded, then serves the app in the browser',
    async () => {
      await fallsBackToTheBrowser({ ...io, electronDir: realElectron });
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(
        /^Electron's binary is missing and could not be downloaded \(.+\), so NeuroCanvas opens in your browser instead\.$/,
      );
      expect(out).toContain('NeuroCanvas is running. Open this address in your browser:');
    },
  );

  it('says so when Electron is not installed at all, and falls back the same way', async () => {
    await fallsBackToTheBrowser({ ...io, electronDir: null });
    expect(err).toEqual([
      'Electron is not installed, so NeuroCanvas opens in your browser instead.',
    ]);
  });

  it('opens the browser mode at once with --browser, taking the options of npm run serve', async () => {
    await writeTinyApp(root);
    const running = startMain(['--browser', '--no-open', '--port', '0'], {
      ...io,
      electronDir: null,
      env: { NEUROCANVAS_DATA_DIR: join(root, 'data') },
    });
    await until(() => addressIn(out) !== undefined);
    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'builds what is missing, then runs Electron on the app with the files named, and passes on its exit code',
    async () => {
      await writeTinyApp(root);
      await mkdir(join(root, 'electron'));
      await writeFile(join(root, 'electron', 'main.ts'), "console.log('main');\n");
      await writeFile(join(root, 'electron', 'preload.ts'), "console.log('preload');\n");
      // Electron's binary cannot run here; a stand-in records how it was started.
      const dist = join(root, 'electron-dist');
      await mkdir(dist);
      const record = join(root, 'started.txt');
      await writeFile(
        join(dist, 'electron'),
        `#!/bin/sh\nprintf '%s\\n' "$@" "data=$NEUROCANVAS_DATA_DIR" "asNode=$ELECTRON_RUN_AS_NODE" > '${record}'\nexit 3\n`,
        { mode: 0o755 },
      );
      const code = await startMain(['--data', 'my data', 'work/a.ncproj'], {
        ...io,
        electronDir: root,
        env: {
          PATH: process.env.PATH,
          ELECTRON_OVERRIDE_DIST_PATH: dist,
          ELECTRON_RUN_AS_NODE: '1',
        },
      });
      expect(code).toBe(3);
      expect(out).toEqual(['Building the app, since the app has not been built yet…']);
      expect(err).toEqual([]);
      expect((await readFile(record, 'utf8')).split('\n')).toEqual([
        root,
        resolve('work/a.ncproj'),
        `data=${resolve('my data')}`,
        'asNode=',
        '',
      ]);
      expect(await readFile(join(root, 'out', 'main', 'main.js'), 'utf8')).toContain(
        'console.log("main")',
      );
      expect(await readFile(join(root, 'out', 'preload', 'preload.cjs'), 'utf8')).toContain(
        'console.log("preload")',
      );
      expect(await readFile(join(root, 'dist', 'renderer', 'index.html'), 'utf8')).toContain(
        'Tiny app',
      );
    },
  );

  it('prints its usage for --help, and with an error for a wrong option', async () => {
    expect(await startMain(['--help'], io)).toBe(0);
    expect(out).toEqual([START_USAGE]);
    expect(await startMain(['--port', 'x'], io)).toBe(2);
    expect(err).toEqual([`--port needs a port number from 0 to 65535, got x.\n\n${START_USAGE}`]);
  });
});

describe('npm start', () => {
  it.skipIf(binaryPresent)(
    'runs the real app in the browser when Electron cannot run, and stops on SIGTERM',
    async () => {
      const data = await mkdtemp(join(tmpdir(), 'neurocanvas-start-data-'));
      const child = spawn(process.execPath, [ENTRY, '--no-open', '--data', data], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: string[] = [];
      const err: string[] = [];
      child.stdout.setEncoding('utf8').on('data', (t: string) => out.push(...t.split('\n')));
      child.stderr.setEncoding('utf8').on('data', (t: string) => err.push(...t.split('\n')));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      try {
        await until(() => addressIn(out) !== undefined || child.exitCode !== null);
        const address = addressIn(out);
        expect(address, err.join('\n')).toBeDefined();
        const url = new URL(address!.trim());
        const page = await get(Number(url.port), `${url.pathname}${url.search}`);
        expect(page.status).toBe(200);
        expect(page.body).toContain('<title>NeuroCanvas</title>');
        expect(err.filter((line) => line !== '')).toEqual([
          expect.stringMatching(/opens in your browser instead\.$/),
        ]);
      } finally {
        child.kill('SIGTERM');
        await exited;
        await rm(data, { recursive: true, force: true });
      }
      expect(child.exitCode).toBe(0);
    },
    180_000,
  );
});
