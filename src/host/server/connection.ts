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
import type { RecoveryCopies } from './recoveryCopies';
import { datasetExamples } from './datasetExamples';
import type { DataImports } from './dataImports';
import { ExportBundles } from './exportBundles';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits';
import { importKindOf } from '../../data/import/refs';

/** Bytes the socket may hold unsent before trainer streams start to be coalesced. */
export const HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface ConnectionOptions {
  files: ProjectAccess;
  /** Where unsaved work is kept for recovery; without it, recovery requests fail. */
  recovery?: RecoveryCopies;
  trainer?: TrainerProcessOptions;
  /** Where the import dialog's uploads go; without it, import requests fail. */
  imports?: DataImports;
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
      this.options.recovery?.release(this);
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
      case 'saveRecovery':
        await this.recovery().save(this, request.copyId, request.project);
        return { v, type: 'recoverySaved', requestId };
      case 'listRecovery':
        return { v, type: 'recoveryList', requestId, copies: await this.recovery().list() };
      case 'openRecovery':
        return {
          v,
          type: 'recoveryOpened',
          requestId,
          ...(await this.recovery().open(request.copyId)),
        };
      case 'discardRecovery':
        await this.recovery().discard(this, request.copyId);
        return { v, type: 'recoveryDiscarded', requestId };
      case 'checkExport':
        return {
          v,
          type: 'exportChecked',
          requestId,
          targets: await new ExportBundles(files).check(request.project),
        };
      case 'exportModel': {
        const { project, target, folder, replace } = request;
        const bundle = await new ExportBundles(files).export(project, target, {
          ...(folder !== undefined ? { folder } : {}),
          replace,
        });
        return { v, type: 'modelExported', requestId, ...bundle };
      }
      case 'importData': {
        if (!this.options.imports) throw new AccessError('This host cannot import data.', 'failed');
        return { v, type: 'dataImported', requestId, ...(await this.options.imports.run(request)) };
      }
      case 'datasetExamples':
        return {
          v,
          type: 'datasetExamplesPage',
          requestId,
          ...(await datasetExamples.page(request)),
        };
    }
  }

  private recovery(): RecoveryCopies {
    const { recovery } = this.options;
    if (!recovery) throw new AccessError('This host keeps no recovery copies.', 'failed');
    return recovery;
  }

  private async toTrainer(message: HostMessage): Promise<void> {
    if (this.closed) return;
    const dataPath = message.type === 'start' ? importedDataPath(message.dataset) : null;
    if (dataPath !== null) await this.options.files.allowedData(dataPath);
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

/** The path a run's dataset is imported from, when it is kept by path rather than in the project. */
function importedDataPath(dataset: { id: string; options?: Readonly<Record<string, unknown>> }) {
  if (importKindOf(dataset.id) === null) return null;
  const path = dataset.options?.path;
  return typeof path === 'string' ? path : '';
}
