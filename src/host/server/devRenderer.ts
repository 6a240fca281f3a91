/**
 * What the host needs from a live-reloading renderer (`npm run dev`): the pages come from a
 * development server in this process instead of the built folder, behind the same access checks.
 * The host knows nothing of the server behind it; `src/host/viteRenderer.ts` makes one from Vite.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export interface DevRenderer {
  /**
   * A secret, new at each launch, that the development server puts on every script tag it writes,
   * so the page's Content-Security-Policy can allow those scripts and still refuse any other.
   */
  nonce: string;
  /** Serves a request that passed the access checks; answers 404 for what it does not have. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  /**
   * Takes a live-reload socket that passed the access checks. False when the upgrade is not the
   * development server's, so the host can refuse it.
   */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}
