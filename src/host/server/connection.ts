/**
 * One page's WebSocket to the host. Frames are decoded and handed to `HostRequests`, which checks
 * and answers each request once; the connection's own trainer speaks through `trainerMessage`.
 * When the page goes away, its trainer is shut down, which stops any run.
 *
 * A page that reads slower than training streams (a busy tab, a hidden one) does not make the host
 * buffer without end: while the socket has more than `HIGH_WATER_BYTES` waiting, trainer messages
 * wait in a `LatestQueue`, which keeps every event and only the newest of each stream.
 */
import type { RawData, WebSocket } from 'ws';
import type { TrainerMessage } from '../../protocol';
import { LatestQueue, PROTOCOL_VERSION as v } from '../../protocol';
import type { HostReply } from '../../protocol/renderer';
import { decodeFrame, encodeFrame } from '../../protocol/rendererCodec';
import { failed, HostRequests, type HostServices } from './hostRequests';

/** Bytes the socket may hold unsent before trainer streams start to be coalesced. */
export const HIGH_WATER_BYTES = 4 * 1024 * 1024;

export type ConnectionOptions = HostServices;

export class HostConnection {
  private readonly requests: HostRequests;
  private readonly waiting = new LatestQueue();
  private closed = false;
  /** Resolves once the connection has closed and its trainer has ended. */
  readonly ended: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    options: ConnectionOptions,
  ) {
    this.requests = new HostRequests(options, {
      message: (message) => this.forward(message),
      exit: (reply) => {
        // Whatever the trainer said before it ended goes first, however full the socket is.
        for (const message of this.waiting.drain())
          this.send({ v, type: 'trainerMessage', message });
        this.send(reply);
      },
    });
    let markEnded: () => void = () => undefined;
    this.ended = new Promise((resolve) => (markEnded = resolve));
    socket.on('message', (data, isBinary) => this.arrived(data, isBinary));
    socket.on('close', () => {
      this.closed = true;
      void this.requests.close().finally(markEnded);
    });
    socket.on('error', () => socket.terminate());
  }

  private arrived(data: RawData, isBinary: boolean): void {
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const decoded = decodeFrame(isBinary ? bytes : bytes.toString('utf8'));
    if (!decoded.ok) return this.send(failed(undefined, 'invalid', decoded.error));
    const reply = this.requests.handleRequest(decoded.value);
    if (reply instanceof Promise) void reply.then((r) => this.send(r));
    else this.send(reply);
  }

  private forward(message: TrainerMessage): void {
    this.waiting.push(message);
    this.flush();
  }

  /** Sends waiting trainer messages while the socket keeps up; every completed send resumes it. */
  private flush(): void {
    while (this.waiting.length > 0 && this.socket.bufferedAmount < HIGH_WATER_BYTES) {
      const message = this.waiting.shift()!;
      this.send({ v, type: 'trainerMessage', message });
    }
  }

  private send(reply: HostReply): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(encodeFrame(reply), (error) => {
      if (!error && this.waiting.length > 0) this.flush();
    });
  }
}
