/**
 * The trainer's line to the host that started it. In browser mode and on the command line the host
 * forks the trainer with Node's `child_process.fork` (messages via `process.send`, serialised with
 * V8's structured clone so typed arrays arrive as typed arrays); the desktop shell starts the same
 * module as an Electron utility process, which talks through `process.parentPort` instead.
 *
 * There, main may hand the trainer a MessagePort whose other end is the page (`PORT_MESSAGE`, sent
 * before anything else): the trainer then posts its messages straight to the page, wrapped as the
 * host's `trainerMessage` reply the page already reads, rather than through main, which only
 * starts and stops it and watches it exit. Without a port everything goes to the parent, as in
 * browser mode and on the command line.
 */
import { PROTOCOL_VERSION as v, type TrainerMessage } from '../../protocol';
import type { HostReply } from '../../protocol/renderer';

export interface TrainerChannel {
  /** Resolves once the message is handed to the operating system (or the host is gone). */
  send(message: TrainerMessage): Promise<void>;
  onMessage(listener: (data: unknown) => void): void;
  /** The host went away: nobody is left to report to. */
  onDisconnect(listener: () => void): void;
}

/** What main sends, with the port in its transfer list, to have the trainer speak to the page. */
export const PORT_MESSAGE = { type: 'port' } as const;

/** A port to the page (Electron's `MessagePortMain`), as far as the trainer uses it. */
export interface StreamPort {
  postMessage(message: unknown): void;
}

/** Electron's utility-process port, as far as the trainer uses it. */
export interface ParentPort {
  postMessage(message: unknown): void;
  on(
    event: 'message',
    listener: (event: { data: unknown; ports?: readonly StreamPort[] }) => void,
  ): void;
}

/** The channel this process was started with, or null when it was started by hand. */
export function hostChannel(): TrainerChannel | null {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) return parentPortChannel(parentPort);
  if (typeof process.send === 'function') return nodeIpcChannel();
  return null;
}

function nodeIpcChannel(): TrainerChannel {
  return {
    send: (message) =>
      new Promise((resolve) => {
        if (!process.connected) return resolve();
        try {
          // The callback also runs when the write fails (the host closed the channel meanwhile).
          process.send!(message, undefined, {}, () => resolve());
        } catch {
          resolve();
        }
      }),
    onMessage: (listener) => process.on('message', listener),
    onDisconnect: (listener) => process.on('disconnect', listener),
  };
}

export function parentPortChannel(parent: ParentPort): TrainerChannel {
  let page: StreamPort | null = null;
  return {
    send: async (message) => {
      if (!page) return parent.postMessage(message);
      const reply: HostReply = { v, type: 'trainerMessage', message };
      // Copied, typed arrays intact: a MessagePortMain transfers ports only, never ArrayBuffers,
      // and the page is another process, so its arrays are copies whatever is listed.
      page.postMessage(reply);
    },
    onMessage: (listener) =>
      parent.on('message', (event) => {
        const port = event.ports?.length === 1 ? event.ports[0] : undefined;
        if (port && isPortMessage(event.data)) page = port;
        else listener(event.data);
      }),
    // A utility process ends with its parent; there is no separate disconnect to watch.
    onDisconnect: () => undefined,
  };
}

function isPortMessage(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    Object.keys(data).length === 1 &&
    (data as { type?: unknown }).type === PORT_MESSAGE.type
  );
}
