/**
 * The renderer's side of the renderer ↔ host messages: `request` sends a request and resolves with
 * its reply (or rejects with a `HostRequestError` when the host answers `failed`), and listeners
 * receive what the trainer says. It runs wherever the renderer runs: in a browser over a
 * WebSocket (`hostClientOverWebSocket`), or over any other channel given a `send` function.
 * Every arriving message is checked before anything reads it.
 */
import { PROTOCOL_VERSION } from './version';
import { decodeFrame, encodeFrame } from './rendererCodec';
import { parseHostReply, readableRequestId } from './rendererParse';
import {
  REPLY_TYPES,
  type FailureKind,
  type FailureProblem,
  type HostReply,
  type HostReplyOf,
  type RendererRequest,
  type RendererRequestOf,
  type RendererRequestType,
  type ReplyTo,
} from './renderer';
import type { TrainerMessage } from './trainer';

/** A request as the caller writes it: the client adds the version and the request id. */
export type RequestBody<T extends RendererRequestType> = Omit<
  RendererRequestOf<T>,
  'v' | 'requestId'
> & { type: T };

/** The host answered `failed`, or the connection ended before it answered. */
export class HostRequestError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind | 'disconnected',
    /** The fault by code and values, when the host named it so. */
    readonly problem?: FailureProblem,
  ) {
    super(message);
    this.name = 'HostRequestError';
  }
}

type Listener<T> = (value: T) => void;

interface Pending {
  type: RendererRequestType;
  resolve: (reply: HostReply) => void;
  reject: (error: HostRequestError) => void;
}

export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private closedReason: string | null = null;
  private readonly trainerListeners = new Set<Listener<TrainerMessage>>();
  private readonly exitListeners = new Set<Listener<HostReplyOf<'trainerExit'>>>();
  private readonly problemListeners = new Set<Listener<string>>();

  constructor(private readonly send: (request: RendererRequest) => void) {}

  request<T extends RendererRequestType>(body: RequestBody<T>): Promise<ReplyTo<T>> {
    if (this.closedReason !== null)
      return Promise.reject(new HostRequestError(this.closedReason, 'disconnected'));
    const requestId = `r${this.nextId++}`;
    const request = { ...body, v: PROTOCOL_VERSION, requestId } as unknown as RendererRequest;
    return new Promise<ReplyTo<T>>((resolve, reject) => {
      this.pending.set(requestId, {
        type: body.type,
        resolve: resolve as (reply: HostReply) => void,
        reject,
      });
      try {
        this.send(request);
      } catch (e) {
        this.pending.delete(requestId);
        reject(new HostRequestError(e instanceof Error ? e.message : String(e), 'disconnected'));
      }
    });
  }

  /** Every message of this connection's trainer, in order. Returns a function that unsubscribes. */
  onTrainerMessage(listener: Listener<TrainerMessage>): () => void {
    return subscribe(this.trainerListeners, listener);
  }

  /** The trainer process ended; `crashed` and `message` say whether and why it failed. */
  onTrainerExit(listener: Listener<HostReplyOf<'trainerExit'>>): () => void {
    return subscribe(this.exitListeners, listener);
  }

  /** A message from the host that could not be read (a bug, or mismatched releases), described. */
  onProblem(listener: Listener<string>): () => void {
    return subscribe(this.problemListeners, listener);
  }

  /** Hands the client a message that arrived (already decoded from its frame). */
  receive(data: unknown): void {
    const parsed = parseHostReply(data);
    if (!parsed.ok) {
      const id = readableRequestId(data);
      const pending = id === undefined ? undefined : this.pending.get(id);
      if (pending && id !== undefined) {
        this.pending.delete(id);
        pending.reject(new HostRequestError(parsed.error, 'invalid'));
      } else this.reportProblem(parsed.error);
      return;
    }
    const reply = parsed.message;
    switch (reply.type) {
      case 'trainerMessage':
        for (const listener of [...this.trainerListeners]) listener(reply.message);
        return;
      case 'trainerExit':
        for (const listener of [...this.exitListeners]) listener(reply);
        return;
      case 'failed':
        if (reply.requestId === undefined || !this.pending.has(reply.requestId)) {
          this.reportProblem(reply.message);
          return;
        }
        this.settle(reply.requestId, (p) =>
          p.reject(new HostRequestError(reply.message, reply.kind, reply.problem)),
        );
        return;
      default: {
        const pending = this.pending.get(reply.requestId);
        if (!pending) {
          this.reportProblem(`The host answered a request it was not asked (${reply.type}).`);
          return;
        }
        if (REPLY_TYPES[pending.type] !== reply.type) {
          const error = `The host answered a "${pending.type}" request with "${reply.type}".`;
          this.settle(reply.requestId, (p) => p.reject(new HostRequestError(error, 'invalid')));
          return;
        }
        this.settle(reply.requestId, (p) => p.resolve(reply));
      }
    }
  }

  /** The channel ended: every unanswered request fails with `reason`, and so do later ones. */
  disconnected(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new HostRequestError(reason, 'disconnected'));
  }

  private settle(requestId: string, action: (pending: Pending) => void): void {
    const pending = this.pending.get(requestId);
    if (!pending) return;
    this.pending.delete(requestId);
    action(pending);
  }

  /** Tells the problem listeners about a message that could not be read at all. */
  reportProblem(message: string): void {
    for (const listener of [...this.problemListeners]) listener(message);
  }
}

/** What `hostClientOverWebSocket` needs of a socket; the browser's WebSocket and `ws`'s both fit. */
export interface HostSocket {
  binaryType: string;
  readonly readyState: number;
  send(data: string | Uint8Array<ArrayBuffer>): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: () => void): void;
}

/** WebSocket's readyState while open. */
const OPEN = 1;

/** A client speaking over an open WebSocket to the browser mode's host (`/ws`). */
export function hostClientOverWebSocket(socket: HostSocket): HostClient {
  socket.binaryType = 'arraybuffer';
  const client = new HostClient((request) => {
    if (socket.readyState !== OPEN) throw new Error('The connection to NeuroCanvas has closed.');
    socket.send(encodeFrame(request));
  });
  socket.addEventListener('message', (event) => {
    const data = event.data;
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) {
      client.reportProblem('The host sent a frame of a kind the page cannot read.');
      return;
    }
    const decoded = decodeFrame(data);
    if (decoded.ok) client.receive(decoded.value);
    else client.reportProblem(decoded.error);
  });
  socket.addEventListener('close', () =>
    client.disconnected('The connection to NeuroCanvas has closed. Reload the page to reconnect.'),
  );
  return client;
}

function subscribe<T>(set: Set<Listener<T>>, listener: Listener<T>): () => void {
  set.add(listener);
  return () => void set.delete(listener);
}
