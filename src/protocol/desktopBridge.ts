/**
 * The API the desktop app's preload gives the page as `window.neurocanvas`. Kept apart from the
 * client (`rendererBridge.ts`) and free of imports that run, because the sandboxed preload is
 * bundled with it and should carry none of the protocol's validators: main checks every request.
 */
import type { RendererRequest } from './renderer';

export interface DesktopBridge {
  /** Resolves with main's answer (a `HostReply`, still to be checked); rejects when unsent. */
  request(request: RendererRequest): Promise<unknown>;
  /** Every message main posts on this page's port. Returns a function that unsubscribes. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The name under which the preload exposes the bridge on `window`. */
export const DESKTOP_BRIDGE_KEY = 'neurocanvas';
