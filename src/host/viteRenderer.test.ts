/**
 * `npm run dev` over real connections: Vite serves a small app's sources through the host, behind
 * the same token checks, with a nonce that lets only its own scripts run, and tells the page to
 * reload when a source changes.
 */
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCookieName } from './server/access';
import {
  get,
  openSocket,
  startTestHost,
  writeTinyApp,
  type HostFixture,
} from './server/testing/hostTesting';
import { LIVE_RELOAD_PATH, startViteRenderer } from './viteRenderer';

let root: string;
let fixture: HostFixture;
let nonce: string;
let cookie: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-dev-')));
  await writeTinyApp(root);
  const dev = await startViteRenderer(root);
  nonce = dev.nonce;
  fixture = await startTestHost({ dev });
  cookie = `${tokenCookieName(fixture.host.port)}=${fixture.host.token}`;
}, 60_000);
afterAll(async () => {
  await fixture.dispose();
  await rm(root, { recursive: true, force: true });
});

describe('the development mode', () => {
  it('serves the page from its sources, every script carrying the nonce the policy allows', async () => {
    const res = await get(fixture.host.port, `/?token=${fixture.host.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('/@vite/client');
    const scripts = res.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(res.headers['content-security-policy']).toContain(`script-src 'self' 'nonce-${nonce}';`);
    expect(res.headers['set-cookie']?.[0]).toContain(cookie);
  });

  it('serves modules to the page and refuses requests without the token', async () => {
    const ok = await get(fixture.host.port, '/main.js', { cookie });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Built tiny app');
    expect((await get(fixture.host.port, '/main.js')).status).toBe(403);
    const elsewhere = await get(fixture.host.port, '/main.js', {
      cookie,
      origin: 'http://evil.example',
    });
    expect(elsewhere.status).toBe(403);
  });

  it('answers 404 for a script that is not there', async () => {
    const missing = await get(fixture.host.port, '/nothing-here.js', {
      cookie,
      accept: 'text/javascript',
    });
    expect(missing.status).toBe(404);
  });

  it('opens the live-reload socket only with the token, and sends a reload when a source changes', async () => {
    const refused = await openSocket(fixture.host.port, LIVE_RELOAD_PATH, {}, 'vite-hmr');
    expect(refused).toEqual({ ok: false, status: 403 });

    const opened = await openSocket(fixture.host.port, LIVE_RELOAD_PATH, { cookie }, 'vite-hmr');
    if (!opened.ok) throw new Error(`refused with ${opened.status}`);
    const socket = opened.socket;
    const reload = new Promise<{ type: string }>((resolve) => {
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { type: string };
        if (message.type !== 'connected') resolve(message);
      });
    });
    // The file watcher may start a moment after the server; edit until it notices.
    let edits = 0;
    const editing = setInterval(() => {
      void writeFile(join(root, 'app', 'main.js'), `document.title = "Edit ${++edits}";\n`);
    }, 300);
    try {
      expect((await reload).type).toBe('full-reload');
    } finally {
      clearInterval(editing);
      socket.terminate();
    }
  });

  it('refuses any other socket path', async () => {
    const other = await openSocket(fixture.host.port, '/elsewhere', { cookie });
    expect(other).toEqual({ ok: false, status: 404 });
  });
});
