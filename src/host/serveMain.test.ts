import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseServeArgs, serveMain, SERVE_USAGE, type ServeIo } from './serveMain';
import { get, writeTinyApp } from './server/testing/hostTesting';

describe('parseServeArgs', () => {
  it.each([
    [[], { port: 0, open: true, dataDir: null, allowedPaths: [], dev: false }],
    [
      ['--port', '8080', '--no-open'],
      { port: 8080, open: false, dataDir: null, allowedPaths: [], dev: false },
    ],
    [
      ['--port=0', '--data', '/d', 'a', 'b.ncproj'],
      { port: 0, open: true, dataDir: '/d', allowedPaths: ['a', 'b.ncproj'], dev: false },
    ],
    [['--dev', '--no-open'], { port: 0, open: false, dataDir: null, allowedPaths: [], dev: true }],
  ])('reads %j', (argv, options) => {
    expect(parseServeArgs(argv)).toEqual({ ok: true, options });
  });

  it.each([
    [['--port'], /--port needs a port number from 0 to 65535, got nothing/],
    [['--port', '70000'], /got 70000/],
    [['--port', '-1'], /got -1/],
    [['--port', '1e3'], /got 1e3/],
    [['--data'], /--data needs a folder/],
    [['--open'], /Unknown option --open/],
  ])('refuses %j', (argv, error) => {
    const parsed = parseServeArgs(argv);
    expect(!parsed.ok && 'error' in parsed && parsed.error).toMatch(error);
  });

  it('shows help', () => {
    expect(parseServeArgs(['x', '--help'])).toEqual({ ok: false, help: true });
  });
});

describe('serveMain', () => {
  let root: string;
  let out: string[];
  let err: string[];
  let stop: () => void;
  let io: ServeIo;

  beforeEach(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-serve-')));
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

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  it('builds the app when it has no build, serves it, prints the address, and stops when told', async () => {
    await writeTinyApp(root);
    const data = join(root, 'data');
    const running = serveMain(['--no-open', '--data', data], io);
    await until(() => out.some((line) => line.startsWith('  http://')));
    expect(out[0]).toBe('Building the app, since the app has not been built yet…');
    expect(out[1]).toMatch(/^Built in \d+\.\d s\.$/);
    const url = new URL(out.find((line) => line.startsWith('  http://'))!.trim());
    expect(url.hostname).toBe('127.0.0.1');
    expect(out).toContain(`Projects are saved in ${join(data, 'projects')}`);

    const page = await get(Number(url.port), `${url.pathname}${url.search}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Tiny app');
    expect((await get(Number(url.port), '/')).status).toBe(403);

    stop();
    expect(await running).toBe(0);
    expect(out.at(-1)).toBe('Stopping NeuroCanvas…');
    await expect(get(Number(url.port), '/')).rejects.toThrow(/ECONNREFUSED/);
    expect(err).toEqual([]);
  });

  it('serves an up-to-date build without building again', async () => {
    await writeTinyApp(root);
    const first = serveMain(['--no-open', '--data', join(root, 'data')], io);
    await until(() => out.some((line) => line.startsWith('  http://')));
    stop();
    await first;
    const built = await readFile(join(root, 'dist', 'renderer', 'index.html'), 'utf8');

    out = [];
    const again = serveMain(['--no-open', '--data', join(root, 'data')], {
      ...io,
      out: (line) => out.push(line),
      stop: Promise.resolve(),
    });
    expect(await again).toBe(0);
    expect(out[0]).toBe('NeuroCanvas is running. Open this address in your browser:');
    expect(await readFile(join(root, 'dist', 'renderer', 'index.html'), 'utf8')).toBe(built);
  });

  it('says why the app could not be built, and exits', async () => {
    expect(await serveMain(['--no-open'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/^The app could not be built:\n/);
  });

  it('says when the port is taken', async () => {
    await writeTinyApp(root);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      expect(
        await serveMain(['--no-open', '--port', String(port), '--data', join(root, 'data')], io),
      ).toBe(1);
      expect(err).toEqual([
        `Port ${port} is in use. Choose another with --port, or leave --port out to use any free port.`,
      ]);
    } finally {
      taken.close();
    }
  });

  it('prints its usage for --help, and with an error for a wrong option', async () => {
    expect(await serveMain(['--help'], io)).toBe(0);
    expect(out).toEqual([SERVE_USAGE]);
    expect(await serveMain(['--nope'], io)).toBe(2);
    expect(err).toEqual([`Unknown option --nope.\n\n${SERVE_USAGE}`]);
  });
});
