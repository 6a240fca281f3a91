/** Test support: a tiny renderer folder, raw HTTP requests and WebSocket connections to a host. */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { hostClientOverWebSocket, type HostClient } from '../../../protocol/rendererClient';
import { startHost, type HostOptions, type RunningHost } from '../startHost';

export const INDEX_HTML =
  '<!doctype html><title>NeuroCanvas test page</title><script type="module" src="./assets/app-abc123.js"></script>';

export interface HostFixture {
  dir: string;
  dataDir: string;
  host: RunningHost;
  /** Stops the host and removes the folder. */
  dispose(): Promise<void>;
}

/** A host serving a renderer folder the test writes, with a fresh data folder, in a temp folder. */
export async function startTestHost(options: Partial<HostOptions> = {}): Promise<HostFixture> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-host-')));
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app-abc123.js'), 'console.log("hi");\n');
  await writeFile(join(rendererDir, 'assets', 'app-abc123.css'), 'body { margin: 0 }\n');
  await writeFile(join(rendererDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
  const dataDir = join(dir, 'data');
  const host = await startHost({ rendererDir, dataDir, ...options });
  return {
    dir,
    dataDir,
    host,
    dispose: async () => {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request, sent exactly as given (the path is not normalised). */
export function get(
  port: number,
  path: string,
  headers: OutgoingHttpHeaders = {},
  method = 'GET',
): Promise<Response> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a pooled one may be one the host has just closed.
    const options = { host: '127.0.0.1', port, path, method, headers, agent: false };
    const req = httpRequest(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export type SocketOutcome = { ok: true; socket: WebSocket } | { ok: false; status: number };

/** Opens a WebSocket to `path`, asking for `protocol` if given; refused handshakes give their HTTP status. */
export function openSocket(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  protocol?: string,
): Promise<SocketOutcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocol ?? [], { headers });
    socket.once('open', () => resolve({ ok: true, socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ ok: false, status: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** A connected client, as the page would have, with the token in the socket's address. */
export async function connectClient(
  host: RunningHost,
): Promise<{ client: HostClient; socket: WebSocket }> {
  const opened = await openSocket(host.port, `/ws?token=${host.token}`, {
    origin: `http://127.0.0.1:${host.port}`,
  });
  if (!opened.ok) throw new Error(`The host refused the socket with ${opened.status}`);
  return { client: hostClientOverWebSocket(opened.socket), socket: opened.socket };
}

/** Resolves when the socket has closed. */
export function closed(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve();
    else socket.once('close', () => resolve());
  });
}

/** A tiny app Vite can build in `root`, laid out like the real one (app/ → dist/renderer). */
export async function writeTinyApp(root: string): Promise<void> {
  await mkdir(join(root, 'app'), { recursive: true });
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  await writeFile(
    join(root, 'app', 'vite.config.ts'),
    "export default { root: import.meta.dirname, base: './', logLevel: 'warn', build: { outDir: '../dist/renderer', emptyOutDir: true } };\n",
  );
  await writeFile(
    join(root, 'app', 'index.html'),
    '<!doctype html><title>Tiny app</title><script type="module" src="./main.js"></script>\n',
  );
  await writeFile(join(root, 'app', 'main.js'), 'document.title = "Built tiny app";\n');
}
