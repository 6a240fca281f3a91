/**
 * Connecting to the NeuroCanvas host that served this page: its WebSocket at `/ws` on the same
 * address, carrying the page's token (`?token=…` in the address; the cookie the host set works
 * too, for a page reloaded without it). A page served without a host (the development server
 * alone, a plain file) finds nothing there: the attempt fails or never answers, and the app
 * works without training.
 */
import { translate } from '../../../src/i18n';
import {
  hostClientOverWebSocket,
  type HostClient,
  type HostSocket,
} from '../../../src/protocol/rendererClient';
import { currentT } from '../i18n';

/** What connecting needs of a socket beyond what the client uses; the browser's and `ws`'s fit. */
export type ConnectingSocket = HostSocket & {
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  close(): void;
};

export type OpenSocket = (url: string) => ConnectingSocket;

export type HostConnection =
  { ok: true; client: HostClient; socket: ConnectingSocket } | { ok: false; reason: string };

/** How long a silent address is given before the page decides no host is there. */
export const CONNECT_TIMEOUT_MS = 4_000;

/** Why there is no host, in English; the page says it in the user's language (`noHostReason`). */
export const NO_HOST_REASON = translate('en', 'app.host.noHost');

const noHostReason = () => currentT()('app.host.noHost');

/** The socket's address for a page at `location`: same host, `/ws`, the page's query kept. */
export function hostSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws${location.search}`;
}

const browserSocket: OpenSocket = (url) => new WebSocket(url);

export function connectHost(
  url: string,
  { open = browserSocket, timeoutMs = CONNECT_TIMEOUT_MS } = {},
): Promise<HostConnection> {
  return new Promise((resolve) => {
    let socket: ConnectingSocket;
    try {
      socket = open(url);
    } catch {
      resolve({ ok: false, reason: noHostReason() });
      return;
    }
    let settled = false;
    const settle = (outcome: HostConnection) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const fail = () => {
      settle({ ok: false, reason: noHostReason() });
      socket.close();
    };
    const timer = setTimeout(fail, timeoutMs);
    // The client listens from the start, so no message sent right after opening is missed.
    const client = hostClientOverWebSocket(socket);
    socket.addEventListener('open', () => settle({ ok: true, client, socket }));
    socket.addEventListener('error', fail);
    socket.addEventListener('close', fail);
  });
}
