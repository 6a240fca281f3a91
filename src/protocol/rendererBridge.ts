/**
 * The renderer ↔ host messages over the desktop shell's preload bridge instead of a WebSocket.
 * The preload exposes `window.neurocanvas` (see `src/host/desktop/preloadApi.ts`): `request`
 * carries one `RendererRequest` to main and resolves with main's answer; `onMessage` delivers what
 * arrives on the page's MessagePorts: main's news of its trainer (such as an exit), and the
 * messages the trainer streams straight to the page. All arrive as structured clones, typed arrays
 * intact, and `HostClient` checks each before anything reads it.
 */
import type { DesktopBridge } from './desktopBridge';
import { HostClient } from './rendererClient';

export { DESKTOP_BRIDGE_KEY, type DesktopBridge } from './desktopBridge';

export function hostClientOverBridge(bridge: DesktopBridge): HostClient {
  const client = new HostClient((request) => {
    bridge.request(request).then(
      (reply) => client.receive(reply),
      (error: unknown) =>
        client.reportProblem(
          `A request could not reach NeuroCanvas: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  });
  bridge.onMessage((message) => client.receive(message));
  return client;
}
