/**
 * What the host does for one page, whatever carries its messages: browser mode's WebSocket
 * (`connection.ts`) and the desktop shell's IPC (`../desktop/ipcBridge.ts`) both hand each arriving
 * request to `handleRequest` and send back the reply it gives. The page's own trainer (started
 * with its first run) speaks through the `TrainerOutlet` the transport supplies, because how those
 * messages travel (a socket frame, a MessagePort) and how a slow reader is treated belong to the
 * transport.
 */
import type { HostMessage, TrainerMessage } from '../../protocol';
import { PROTOCOL_VERSION as v } from '../../protocol';
import type { HostReply, RendererRequest } from '../../protocol/renderer';
import { parseRendererRequest, readableRequestId } from '../../protocol/rendererParse';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits';
import { importKindOf } from '../../data/import/refs';
import { TrainerProcess, type TrainerExit, type TrainerProcessOptions } from '../trainerProcess';
import { AccessError, type ProjectAccess } from './projectAccess';
import type { RecoveryCopies } from './recoveryCopies';
import { datasetExamples } from './datasetExamples';
import type { DataImports } from './dataImports';
import type { DatasetDownloads } from './datasetDownloads';
import { ExportBundles } from './exportBundles';

export interface HostServices {
  files: ProjectAccess;
  /** Where unsaved work is kept for recovery; without it, recovery requests fail. */
  recovery?: RecoveryCopies;
  trainer?: TrainerProcessOptions;
  /** Where the import dialog's uploads go; without it, import requests fail. */
  imports?: DataImports;
  /** Downloads datasets for the training panel; without it, download requests fail. */
  downloads?: DatasetDownloads;
  /** How the trainer is started; `new TrainerProcess(options.trainer)` by default. */
  createTrainer?: () => TrainerProcess;
}

/** Where the page's trainer speaks: each valid message, then its exit. */
export interface TrainerOutlet {
  message(message: TrainerMessage): void;
  exit(reply: HostReplyOfExit): void;
}

type HostReplyOfExit = Extract<HostReply, { type: 'trainerExit' }>;
type FailedReply = Extract<HostReply, { type: 'failed' }>;

export class HostRequests {
  private trainer: TrainerProcess | null = null;
  private closed = false;

  constructor(
    private readonly services: HostServices,
    private readonly outlet: TrainerOutlet,
  ) {}

  /**
   * Checks a request that arrived (already decoded from its transport's framing) and answers it:
   * with its own reply, or `failed` saying what was wrong. It never throws or rejects. A malformed
   * request is answered at once, not a turn later, so its answer keeps its place among the others.
   */
  handleRequest(data: unknown): HostReply | Promise<HostReply> {
    const parsed = parseRendererRequest(data);
    if (!parsed.ok) return failed(readableRequestId(data), 'invalid', parsed.error);
    const request = parsed.message;
    return this.handle(request).catch((e: unknown) => {
      const kind = e instanceof AccessError ? e.kind : 'failed';
      const problem = e instanceof AccessError ? e.problem : undefined;
      return failed(request.requestId, kind, e instanceof Error ? e.message : String(e), problem);
    });
  }

  /** The page went away: its recovery copies are free for others, and its trainer is shut down. */
  async close(): Promise<void> {
    this.closed = true;
    this.services.recovery?.release(this);
    const trainer = this.trainer;
    this.trainer = null;
    await trainer?.shutdown();
  }

  private async handle(request: RendererRequest): Promise<HostReply> {
    const { requestId } = request;
    const { files } = this.services;
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
        const { imports } = this.services;
        if (!imports) throw new AccessError('This host cannot import data.', 'failed');
        return { v, type: 'dataImported', requestId, ...(await imports.run(request)) };
      }
      case 'datasetDownload': {
        const { downloads } = this.services;
        if (!downloads) throw new AccessError('This host cannot download datasets.', 'failed');
        return { v, type: 'datasetDownloadState', requestId, ...(await downloads.handle(request)) };
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
    const { recovery } = this.services;
    if (!recovery) throw new AccessError('This host keeps no recovery copies.', 'failed');
    return recovery;
  }

  private async toTrainer(message: HostMessage): Promise<void> {
    if (this.closed) return;
    const dataPath = message.type === 'start' ? importedDataPath(message.dataset) : null;
    if (dataPath !== null) await this.services.files.allowedData(dataPath);
    if (message.type === 'shutdown') {
      await this.trainer?.shutdown();
      return;
    }
    this.liveTrainer().send(message);
  }

  private liveTrainer(): TrainerProcess {
    if (this.trainer) return this.trainer;
    const { createTrainer, trainer: options } = this.services;
    const trainer = createTrainer ? createTrainer() : new TrainerProcess(options);
    trainer.onMessage((m) => this.outlet.message(m));
    trainer.onInvalid((error) =>
      this.outlet.message({
        v,
        type: 'error',
        message: clip(`The trainer sent a message the app cannot read. ${error}`),
      }),
    );
    trainer.onExit((exit: TrainerExit) => {
      const { crashed, outOfMemory, message, said } = exit;
      this.outlet.exit({
        v,
        type: 'trainerExit',
        crashed,
        outOfMemory,
        message: clip(message),
        ...(said ? { code: said.code, values: clipValues(said.values) } : {}),
      });
    });
    this.trainer = trainer;
    return trainer;
  }
}

/** Values are cut like the message, so a long detail never makes the reply invalid. */
function clipValues(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, x]) => [k, typeof x === 'string' ? clip(x) : x]),
  );
}

/** A `failed` reply; the message is cut to the protocol's bound rather than refused. */
export function failed(
  requestId: string | undefined,
  kind: FailedReply['kind'],
  message: string,
  problem?: FailedReply['problem'],
): FailedReply {
  return {
    v,
    type: 'failed',
    ...(requestId === undefined ? {} : { requestId }),
    kind,
    message: clip(message),
    ...(problem ? { problem: { ...problem, values: clipValues(problem.values) } } : {}),
  };
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
