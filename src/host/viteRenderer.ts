/**
 * `npm run dev`: the renderer straight from its sources through Vite's development server, which
 * recompiles on save and reloads the page (React components keep their state where they can).
 * Vite runs inside the host, behind the host's access checks, so the page, its live-reload socket
 * and its WebSocket to the host all share one origin and one token.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { join } from 'node:path';
import type { DevRenderer } from './server/devRenderer';

/** Where the live-reload socket listens, beside the host's own `/ws`. */
export const LIVE_RELOAD_PATH = '/__live-reload';

export async function startViteRenderer(root: string): Promise<DevRenderer> {
  // Vite is a development dependency: loaded only here, so installs without it can still serve.
  const { createServer } = await import('vite');
  const nonce = randomBytes(18).toString('base64url');
  // Vite's socket server listens for upgrades on this server, which never listens itself: the
  // host hands it the upgrades that passed its checks.
  const upgrades = createHttpServer();
  const vite = await createServer({
    configFile: join(root, 'app', 'vite.config.ts'),
    base: '/',
    appType: 'spa',
    clearScreen: false,
    html: { cspNonce: nonce },
    server: { middlewareMode: true, ws: { server: upgrades, path: LIVE_RELOAD_PATH } },
  });
  return {
    nonce,
    handle(request, response) {
      vite.middlewares(request, response, () => {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found.\n');
      });
    },
    upgrade(request, socket, head) {
      if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== LIVE_RELOAD_PATH)
        return false;
      upgrades.emit('upgrade', request, socket, head);
      return true;
    },
    close: () => vite.close(),
  };
}
