/**
 * The trainer's line to the host that started it. In browser mode and on the command line the host
 * forks the trainer with Node's `child_process.fork` (messages via `process.send`, serialised with
 * V8's structured clone so typed arrays arrive as typed arrays); the desktop shell starts the same
 * module as an Electron utility process, which talks through `process.parentPort` instead.
 */
import type { TrainerMessage } from '../../protocol';

export interface TrainerChannel {
  /** Resolves once the message is handed to the operating system (or the host is gone). */
  send(message: TrainerMessage): Promise<void>;
  onMessage(listener: (data: unknown) => void): void;
  /** The host went away: nobody is left to report to. */
  onDisconnect(listener: () => void): void;
}

/** Electron's utility-process port, as far as the trainer uses it. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
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

function parentPortChannel(port: ParentPort): TrainerChannel {
  return {
    send: async (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data)),
    // A utility process ends with its parent; there is no separate disconnect to watch.
    onDisconnect: () => undefined,
  };
}
