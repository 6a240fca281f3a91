/**
 * In the desktop app, the preload gives the page `window.neurocanvas` (see
 * `src/host/desktop/preloadApi.ts`), and the page talks to the host through it instead of a
 * WebSocket. Its presence is what tells the two shells apart; the page asks nothing else.
 */
import {
  DESKTOP_BRIDGE_KEY,
  hostClientOverBridge,
  type DesktopBridge,
} from '../../../src/protocol/rendererBridge';
import type { HostClient } from '../../../src/protocol/rendererClient';

/** The desktop bridge this page was given, or null in a browser. */
export function desktopBridgeOf(win: object): DesktopBridge | null {
  const bridge: unknown = (win as Record<string, unknown>)[DESKTOP_BRIDGE_KEY];
  if (bridge === null || typeof bridge !== 'object') return null;
  const { request, onMessage } = bridge as Partial<DesktopBridge>;
  return typeof request === 'function' && typeof onMessage === 'function'
    ? (bridge as DesktopBridge)
    : null;
}

/** A client over the desktop bridge, or null when the page runs in a browser. */
export function desktopHostClient(win: object): HostClient | null {
  const bridge = desktopBridgeOf(win);
  return bridge ? hostClientOverBridge(bridge) : null;
}
