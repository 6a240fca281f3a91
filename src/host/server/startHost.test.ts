/**
 * The browser mode's host over real HTTP and WebSocket connections on 127.0.0.1: who gets in,
 * what is served, and the file requests of the renderer ↔ host protocol.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { sampleProject } from '../../project/testing/sampleProject';
import { PROTOCOL_VERSION as v } from '../../protocol';
import { decodeFrame, encodeFrame } from '../../protocol/rendererCodec';
import { parseHostReply } from '../../protocol/rendererParse';
import { HostRequestError } from '../../protocol/rendererClient';
import { tokenCookieName } from './access';
import {
  INDEX_HTML,
  closed,
  connectClient,
  get,
  openSocket,
  startTestHost,
  type HostFixture,
} from './testing/hostTesting';

let fixture: HostFixture;
let port: number;
let token: string;
let cookie: string;

beforeAll(async () => {
  fixture = await startTestHost();
  ({ port, token } = fixture.host);
  cookie = `${tokenCookieName(port)}=${token}`;
});
afterAll(async () => {
  await fixture.dispose();
});

describe('the address', () => {
  it('is on 127.0.0.1 with a long random token', () => {
    expect(fixture.host.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    expect(token).toMatch(/^[\w-]{43}$/);
  });
});

describe('serving the renderer', () => {
  it('serves index.html for the address it printed, with strict headers and the cookie', async () => {
    const res = await get(port, `/?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(
      /default-src 'self'.*script-src 'self';/,
    );
    expect(res.headers['content-security-policy']).toContain(
      `connect-src 'self' ws://127.0.0.1:${port}`,
    );
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['set-cookie']).toEqual([
      `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    ]);
  });

  it.each([
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8', 'immutable'],
    ['/assets/app-abc123.css', 'text/css; charset=utf-8', 'immutable'],
    ['/icon.svg', 'image/svg+xml', 'no-store'],
  ])('serves %s with its type, to a page holding the cookie', async (path, type, cache) => {
    const res = await get(port, path, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toContain(cache);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await get(port, '/icon.svg', { cookie }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe('41');
    expect(res.body).toBe('');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%5c..%5csecret.txt',
    '/assets',
    '/assets/',
  ])('refuses %s without showing anything outside or listing a folder', async (path) => {
    const res = await get(port, path, { cookie });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the renderer');
    expect(res.body).not.toContain('app-abc123');
  });

  it('refuses to change anything', async () => {
    const res = await get(port, '/index.html', { cookie }, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('tells a plain request to /ws that it takes WebSockets', async () => {
    expect((await get(port, '/ws', { cookie })).status).toBe(426);
  });
});

describe('who may use it over HTTP', () => {
  it.each<[string, string, Record<string, string>]>([
    ['no token', '/', {}],
    ['a wrong token', '/?token=guess', {}],
    ['a stale cookie', '/assets/app-abc123.js', { cookie: `${tokenCookieName(0)}=x` }],
  ])('refuses %s with 403', async (_, path, headers) => {
    const res = await get(port, path, headers);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('NeuroCanvas test page');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses another web page (a foreign Origin) with 403, token or not', async () => {
    const res = await get(port, `/?token=${token}`, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/Another web page/);
  });

  it('refuses a rebound domain name (a wrong Host) with 403', async () => {
    const res = await get(port, `/?token=${token}`, { host: `evil.example:${port}` });
    expect(res.status).toBe(403);
  });
});

describe('who may use it over WebSocket', () => {
  it('refuses a socket without the token with 403', async () => {
    expect(await openSocket(port, '/ws')).toEqual({ ok: false, status: 403 });
  });

  it('refuses a socket from another web page with 403', async () => {
    const outcome = await openSocket(port, `/ws?token=${token}`, { origin: 'http://evil.example' });
    expect(outcome).toEqual({ ok: false, status: 403 });
    const otherPort = await openSocket(port, '/ws', { cookie, origin: 'http://127.0.0.1:1' });
    expect(otherPort).toEqual({ ok: false, status: 403 });
  });

  it('refuses a socket with a wrong Host with 403', async () => {
    expect(await openSocket(port, `/ws?token=${token}`, { host: `evil.example:${port}` })).toEqual({
      ok: false,
      status: 403,
    });
  });

  it('refuses a socket at another path with 404', async () => {
    expect(await openSocket(port, `/other?token=${token}`)).toEqual({ ok: false, status: 404 });
  });

  it('accepts the page: its origin, with the token in the address or in the cookie', async () => {
    const origin = `http://127.0.0.1:${port}`;
    for (const [path, headers] of [
      [`/ws?token=${token}`, { origin }],
      ['/ws', { origin, cookie }],
    ] as const) {
      const outcome = await openSocket(port, path, headers);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) outcome.socket.close();
    }
  });
});

describe('projects over the socket', () => {
  it('saves a project in the projects folder, lists it, and opens it unchanged', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const saved = await client.request({
      type: 'saveProject',
      path: 'Digits.ncproj',
      project: sampleProject(),
    });
    expect(saved.path).toBe(join(fixture.host.projectsDir, 'Digits.ncproj'));

    const listed = await client.request({ type: 'listProjects' });
    expect(listed.folder).toBe(fixture.host.projectsDir);
    expect(listed.folders).toEqual([fixture.host.projectsDir]);
    expect(listed.projects.map((p) => p.name)).toEqual(['Digits']);

    const opened = await client.request({ type: 'openProject', path: saved.path });
    expect(opened.project).toEqual(sampleProject());
    expect(opened.project.weights!.n1![0]!.values).toBeInstanceOf(Float32Array);

    const recent = await client.request({ type: 'listRecent' });
    expect(recent.entries.map((e) => [e.path, e.name])).toEqual([[saved.path, 'Digits']]);
    socket.close();
  });

  it('refuses a path the user never chose, with a clear error', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const outside = join(fixture.dir, 'outside.ncproj');
    await writeFile(outside, '{}');
    for (const request of [
      { type: 'openProject', path: outside },
      { type: 'saveProject', path: outside, project: sampleProject() },
      { type: 'openProject', path: '/etc/passwd' },
      { type: 'listProjects', folder: fixture.dir },
    ] as const) {
      const error = await client.request(request).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HostRequestError);
      expect(error).toMatchObject({
        kind: 'notAllowed',
        message: expect.stringMatching(/may not use|only project files/),
      });
    }
    socket.close();
  });

  it('answers a malformed request with what is wrong, naming the request', async () => {
    const { socket } = await connectClient(fixture.host);
    const replies: unknown[] = [];
    socket.on('message', (data, isBinary) => {
      const decoded = decodeFrame(isBinary ? (data as Buffer) : (data as Buffer).toString('utf8'));
      if (decoded.ok) replies.push(parseHostReply(decoded.value));
    });
    socket.send(encodeFrame({ v: 0, type: 'listRecent', requestId: 'old' }));
    socket.send('{not json');
    socket.send(encodeFrame({ v, type: 'openProject', requestId: 'bad', path: 42 }));
    await until(() => replies.length === 3);
    expect(replies).toEqual([
      {
        ok: true,
        message: {
          v,
          type: 'failed',
          requestId: 'old',
          kind: 'invalid',
          message: expect.stringMatching(/different releases; reload the page/),
        },
      },
      {
        ok: true,
        message: {
          v,
          type: 'failed',
          kind: 'invalid',
          message: expect.stringMatching(/not valid JSON/),
        },
      },
      {
        ok: true,
        message: {
          v,
          type: 'failed',
          requestId: 'bad',
          kind: 'invalid',
          message: expect.stringMatching(/path: expected text/),
        },
      },
    ]);
    socket.close();
  });
});

describe('stopping', () => {
  it('closes open sockets and stops listening', async () => {
    const own = await startTestHost();
    const { client, socket } = await connectClient(own.host);
    await client.request({ type: 'listRecent' });
    await own.dispose();
    await closed(socket);
    await expect(client.request({ type: 'listRecent' })).rejects.toMatchObject({
      kind: 'disconnected',
    });
    await expect(get(own.host.port, '/')).rejects.toThrow(/ECONNREFUSED/);
    expect(socket.readyState).toBe(WebSocket.CLOSED);
  });
});

/** Waits for a condition the test cannot await directly; the test's timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
