/**
 * The browser mode's host: a local HTTP server that serves the built renderer and, at `/ws`, a
 * WebSocket that carries the renderer ↔ host messages (`src/protocol/renderer.ts`). It listens
 * on 127.0.0.1 only, and every request must pass `checkAccess` (token, Host, Origin).
 */
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { MAX_PROJECT_CHARS } from '../../project/limits';
import type { TrainerProcessOptions } from '../trainerProcess';
import { checkAccess, newToken, tokenCookie, type AccessPolicy } from './access';
import { HostConnection } from './connection';
import { DataImports } from './dataImports';
import { DATA_DIR_ENV } from './dataDir';
import { DatasetDownloads } from './datasetDownloads';
import type { DevRenderer } from './devRenderer';
import { securityHeaders } from './headers';
import { openBrowser } from './openBrowser';
import { ProjectAccess } from './projectAccess';
import { RecoveryCopies } from './recoveryCopies';
import { findStaticFile, sendStaticFile } from './staticFiles';

export const SOCKET_PATH = '/ws';
/** The largest frame the page may send: a project with all its weights fits. */
export const MAX_FRAME_BYTES = MAX_PROJECT_CHARS;
/** How long a page has to answer the close of its socket when the host stops. */
const CLOSE_GRACE_MS = 2_000;

export interface HostOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Open the address in the default browser once listening. */
  open?: boolean;
  /** The built renderer (the folder holding index.html). */
  rendererDir: string;
  /**
   * Serve the pages from this live-reloading development server instead of `rendererDir`
   * (`npm run dev`). The host closes it when it stops.
   */
  dev?: DevRenderer;
  /** The app's data folder: its projects folder and the recent list live there. */
  dataDir: string;
  /** Files and folders beyond the data folder that the page may open and save. */
  allowedPaths?: readonly string[];
  /** How each connection's trainer is started. */
  trainer?: TrainerProcessOptions;
  /** Where notes for the user go (e.g. that no browser could be opened). */
  log?: (line: string) => void;
}

export interface RunningHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  projectsDir: string;
  /** Closes every connection (stopping their trainers) and the server. */
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? (() => undefined);
  const { dev } = options;
  const rendererRoot = dev
    ? null
    : await realpath(options.rendererDir).catch(() => {
        throw new Error(`The app's pages are not built: ${options.rendererDir} does not exist.`);
      });
  const files = await ProjectAccess.create({
    dataDir: options.dataDir,
    allowedPaths: options.allowedPaths ?? [],
  });
  const recovery = await RecoveryCopies.create(options.dataDir);
  // Uploads from the import dialog; a large import stays referenced from here by path.
  const imports = new DataImports(join(options.dataDir, 'imports'));
  const downloads = new DatasetDownloads(options.dataDir);
  const policy: AccessPolicy = { port: 0, token: newToken() };
  const connections = new Set<HostConnection>();

  const server = createServer((request, response) => {
    void serveRequest(request, response, policy, rendererRoot ?? dev!).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate: false,
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const access = checkAccess(request, policy);
    if (!access.ok) return refuseUpgrade(socket, access.status, access.reason);
    if (pathOf(request.url) !== SOCKET_PATH) {
      if (dev?.upgrade(request, socket, head)) return;
      return refuseUpgrade(socket, 404, 'Not found.');
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const connection = new HostConnection(ws, {
        files,
        recovery,
        imports,
        downloads,
        trainer: trainerWithDataDir(options.trainer, options.dataDir),
      });
      connections.add(connection);
      void connection.ended.then(() => connections.delete(connection));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  policy.port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${policy.port}/?token=${policy.token}`;
  if (options.open)
    openBrowser(url, (why) =>
      log(`Could not open a browser (${why}). Open the address above yourself.`),
    );

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      const ended = [...connections].map((c) => c.ended);
      for (const ws of sockets.clients) {
        ws.close(1001, 'NeuroCanvas is stopping.');
        // A page that does not answer the close is cut off.
        const cut = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
        ws.once('close', () => clearTimeout(cut));
      }
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all(ended);
      await downloads.close();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await serverClosed;
      await dev?.close();
    })();
    return closing;
  };

  return { url, port: policy.port, token: policy.token, projectsDir: files.projectsDir, close };
}

async function serveRequest(
  request: IncomingMessage,
  response: ServerResponse,
  policy: AccessPolicy,
  renderer: string | DevRenderer,
): Promise<void> {
  const dev = typeof renderer === 'string' ? undefined : renderer;
  for (const [name, value] of Object.entries(securityHeaders(policy.port, dev?.nonce)))
    response.setHeader(name, value);
  const access = checkAccess(request, policy);
  if (!access.ok) return sendText(response, access.status, access.reason);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Only GET and HEAD are served here.');
  }
  const path = pathOf(request.url);
  if (path === SOCKET_PATH)
    return sendText(response, 426, 'This address takes WebSocket connections.');
  if (access.tokenInQuery) response.setHeader('Set-Cookie', tokenCookie(policy));
  if (typeof renderer !== 'string') return renderer.handle(request, response);
  const found = await findStaticFile(renderer, path);
  if (!found.ok)
    return sendText(response, found.status, found.status === 404 ? 'Not found.' : 'Bad address.');
  sendStaticFile(response, found, request.method === 'HEAD');
}

/**
 * The trainer keeps its downloads in the host's data folder, so a dataset the page downloaded is
 * the one a run finds (and the other way round), whatever folder the host was given.
 */
function trainerWithDataDir(
  trainer: TrainerProcessOptions | undefined,
  dataDir: string,
): TrainerProcessOptions {
  const env = trainer?.env ?? process.env;
  return { ...trainer, env: { ...env, [DATA_DIR_ENV]: resolve(dataDir) } };
}

/** The address's path, still percent-encoded; '' when the address cannot be read. */
function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return '';
  }
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(`${text}\n`);
}

function refuseUpgrade(socket: Duplex, status: 403 | 404 | 400, reason: string): void {
  const titles = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' };
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${titles[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
