/**
 * One page's WebSocket to the host. Requests are decoded, checked, and answered once each; the
 * connection's own trainer (started with its first run) speaks through `trainerMessage`. When the
 * page goes away, its trainer is shut down, which stops any run.
 *
 * A page that reads slower than training streams (a busy tab, a hidden one) does not make the host
 * buffer without end: while the socket has more than `HIGH_WATER_BYTES` waiting, trainer messages
 * wait in a `LatestQueue`, which keeps every event and only the newest of each stream.
 */
import type { RawData, WebSocket } from 'ws';
import type { HostMessage, TrainerMessage } from '../../protocol';
import { LatestQueue, PROTOCOL_VERSION as v } from '../../protocol';
import type { HostReply, RendererRequest } from '../../protocol/renderer';
import { decodeFrame, encodeFrame } from '../../protocol/rendererCodec';
import { parseRendererRequest, readableRequestId } from '../../protocol/rendererParse';
import { TrainerProcess, type TrainerExit, type TrainerProcessOptions } from '../trainerProcess';
import { AccessError, type ProjectAccess } from './projectAccess';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits';

/** Bytes the socket may hold unsent before trainer streams start to be coalesced. */
export const HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface ConnectionOptions {
  files: ProjectAccess;
  trainer?: TrainerProcessOptions;
}

export class HostConnection {
  private trainer: TrainerProcess | null = null;
  private readonly waiting = new LatestQueue();
  private closed = false;
  /** Resolves once the connection has closed and its trainer has ended. */
  readonly ended: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: ConnectionOptions,
  ) {
    let markEnded: () => void = () => undefined;
    this.ended = new Promise((resolve) => (markEnded = resolve));
    socket.on('message', (data, isBinary) => void this.arrived(data, isBinary));
    socket.on('close', () => {
      this.closed = true;
      const trainer = this.trainer;
      this.trainer = null;
      void (trainer ? trainer.shutdown() : Promise.resolve(null)).finally(markEnded);
    });
    socket.on('error', () => socket.terminate());
  }

  private async arrived(data: RawData, isBinary: boolean): Promise<void> {
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const decoded = decodeFrame(isBinary ? bytes : bytes.toString('utf8'));
    if (!decoded.ok) return this.fail(undefined, 'invalid', decoded.error);
    const parsed = parseRendererRequest(decoded.value);
    if (!parsed.ok) return this.fail(readableRequestId(decoded.value), 'invalid', parsed.error);
    const request = parsed.message;
    try {
      const reply = await this.handle(request);
      this.send(reply);
    } catch (e) {
      const kind = e instanceof AccessError ? e.kind : 'failed';
      this.fail(request.requestId, kind, e instanceof Error ? e.message : String(e));
    }
  }

  private async handle(request: RendererRequest): Promise<HostReply> {
    const { requestId } = request;
    const { files } = this.options;
    switch (request.type) {
      case 'trainer':
        await this.toTrainer(request.message);
        return { v, type: 'trainerAccepted', requestId };
      case 'openProject': {
        const opened = await files.open(request.path);
        return { v, type: 'projectOpened', requestId, ...opened };
      }
      case 'saveProject': {
        const path = await files.save(request.path, request.project);
        return { v, type: 'projectSaved', requestId, path };
      }
      case 'listRecent':
        return { v, type: 'recentList', requestId, entries: await files.recentEntries() };
      case 'listProjects': {
        const listed = await files.list(request.folder);
        return { v, type: 'projectList', requestId, ...listed, folders: files.folders() };
      }
    }
  }

  private async toTrainer(message: HostMessage): Promise<void> {
    if (this.closed) return;
    if (message.type === 'shutdown') {
      await this.trainer?.shutdown();
      return;
    }
    this.liveTrainer().send(message);
  }

  private liveTrainer(): TrainerProcess {
    if (this.trainer) return this.trainer;
    const trainer = new TrainerProcess(this.options.trainer);
    trainer.onMessage((m) => this.forward(m));
    trainer.onInvalid((error) =>
      this.forward({
        v,
        type: 'error',
        message: clip(`The trainer sent a message the app cannot read. ${error}`),
      }),
    );
    trainer.onExit((exit) => this.trainerEnded(exit));
    this.trainer = trainer;
    return trainer;
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

  private trainerEnded(exit: TrainerExit): void {
    // Whatever the trainer said before it ended goes first, however full the socket is.
    for (const message of this.waiting.drain()) this.send({ v, type: 'trainerMessage', message });
    const { crashed, outOfMemory, message } = exit;
    this.send({ v, type: 'trainerExit', crashed, outOfMemory, message: clip(message) });
  }

  private fail(
    requestId: string | undefined,
    kind: 'invalid' | 'notAllowed' | 'failed',
    message: string,
  ): void {
    this.send({
      v,
      type: 'failed',
      ...(requestId === undefined ? {} : { requestId }),
      kind,
      message: clip(message),
    });
  }

  private send(reply: HostReply): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(encodeFrame(reply), (error) => {
      if (!error && this.waiting.length > 0) this.flush();
    });
  }
}

/** Messages are bounded by the protocol; a longer one is cut rather than refused. */
function clip(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
