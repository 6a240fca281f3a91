/**
 * Messages between the renderer (the UI) and the host: the browser mode's WebSocket carries them,
 * and the desktop shell's IPC carries the same ones. Every request has a `requestId` and is
 * answered exactly once, by its own reply or by `failed`. The trainer's messages reach the
 * renderer wrapped in `trainerMessage`, answering the `trainer` requests that started a run.
 *
 * They share the trainer protocol's version (`PROTOCOL_VERSION`): the renderer, the host and the
 * trainer always ship together, so one number tells any two of them from different releases.
 *
 * A run from the renderer: `trainer` { start } → `trainerAccepted`, then `trainerMessage` { ready },
 * { started }, { batch }… until { done }. `trainerExit` says the trainer process ended, with the
 * reason when it crashed.
 */
import * as z from 'zod';
import { requestMessage, version } from './envelope';
import { flag, id, name, nonNegativeFinite, oneOf, text } from './fields';
import { MAX_MESSAGE_LENGTH } from './limits';
import { codedFields } from './messageCode';
import { parseHostMessage, parseTrainerMessage, type ParseResult } from './parse';
import { datasetRef, graph, nodeWeights, trainingSettings } from './runInputs';
import { datasetExamplesReply, datasetExamplesRequest } from './datasetExamples';
import { dataImportedReply, importDataRequest } from './importData';
import { datasetDownloadRequest, datasetDownloadStateReply } from './datasetDownload';
import { MAX_RECOVERY_COPIES, recoveryEntry, recoveryId } from './recovery';
import { exportCheckedFields, exportModelFields, modelExportedFields } from './exportMessages';
import type { Project } from '../project/project';
import { MAX_NOTES_LENGTH } from '../project/limits';
import { runHistorySchema } from '../project/runs';
import { classroomDocument } from '../packs/schema';
import type { HostMessage } from './host';
import type { TrainerMessage } from './trainer';

/** Paths are given as the operating system spells them; 4,096 is Linux's own limit. */
export const MAX_PATH_LENGTH = 4_096;
/** Entries in the recent list the host keeps. */
export const MAX_RECENT = 20;
/** Project files one listing names; a folder with more lists the newest. */
export const MAX_LISTED_PROJECTS = 1_000;
/** Folders the user let the host use besides its own projects folder. */
export const MAX_FOLDERS = 100;

const path = text(1, MAX_PATH_LENGTH);
/** A moment as ISO 8601 text, e.g. "2025-03-01T12:00:00.000Z". */
const timestamp = text(1, 40);

/**
 * A message of the trainer protocol inside one of these, checked by that protocol's own parser so
 * that both are read by the same rules. The inner error keeps its own wording and path.
 */
function nested<M>(parse: (value: unknown) => ParseResult<M>) {
  return z.unknown().transform((value, ctx): M => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.message;
    ctx.addIssue({ code: 'custom', message: parsed.error, path: [] });
    return z.NEVER;
  });
}

/** A project in memory (`Project`), as it travels: weights as typed arrays. */
export const project: z.ZodType<Project> = z.strictObject({
  name,
  graph,
  dataset: datasetRef.nullable(),
  training: trainingSettings,
  weights: nodeWeights.optional(),
  notes: text(0, MAX_NOTES_LENGTH),
  runs: runHistorySchema.optional(),
  classroom: classroomDocument.optional(),
  lesson: name.optional(),
});

export const RENDERER_REQUEST_SCHEMAS = {
  /**
   * A message for this connection's trainer (`start`, `pause`, `stop`, …). A `shutdown` ends the
   * trainer; the next `start` starts a fresh one.
   */
  trainer: requestMessage('trainer', { message: nested<HostMessage>(parseHostMessage) }),
  /**
   * Reads a project file. A relative path is taken inside the projects folder; any other path must
   * be one the host allows (see `projectList.folders` and the recent list).
   */
  openProject: requestMessage('openProject', { path }),
  /** Writes a project file (atomically), replacing any file there; paths as for `openProject`. */
  saveProject: requestMessage('saveProject', { path, project }),
  /** The projects opened or saved most recently, newest first. */
  listRecent: requestMessage('listRecent', {}),
  /** The project files in a folder: the projects folder unless `folder` names another allowed one. */
  listProjects: requestMessage('listProjects', { folder: path.optional() }),
  /** Some examples of a dataset, to show them (see `datasetExamples.ts`). */
  datasetExamples: datasetExamplesRequest,
  /** Imports an uploaded CSV file or image folder, for the import dialog (see `importData.ts`). */
  importData: importDataRequest,
  /** Starts, follows or cancels the download of a dataset (see `datasetDownload.ts`). */
  datasetDownload: datasetDownloadRequest,
  /** Keeps `project` as this page's recovery copy `copyId`, replacing the one before. */
  saveRecovery: requestMessage('saveRecovery', { copyId: recoveryId, project }),
  /** The recovery copies that no connected page is keeping, newest first. */
  listRecovery: requestMessage('listRecovery', {}),
  openRecovery: requestMessage('openRecovery', { copyId: recoveryId }),
  /** Deletes a copy: it was restored, discarded, or its project was saved. */
  discardRecovery: requestMessage('discardRecovery', { copyId: recoveryId }),
  /** Which export targets can take the project's model, and the layers each cannot express. */
  checkExport: requestMessage('checkExport', { project }),
  /** Writes the project's model as a bundle for one target (see `exportMessages.ts`). */
  exportModel: requestMessage('exportModel', { project, ...exportModelFields }),
} as const;

/** A fault by code, with at most a dozen short values. */
const failureProblem = z.strictObject({
  code: text(1, 60),
  values: z
    .record(text(1, 60), z.union([text(0, MAX_MESSAGE_LENGTH), z.number()]))
    .refine((values) => Object.keys(values).length <= 12, 'expected at most 12 values'),
});

const recentEntry = z.strictObject({ path, name: text(0, MAX_PATH_LENGTH), usedAt: timestamp });
export type RecentEntry = z.infer<typeof recentEntry>;

const projectEntry = z.strictObject({
  path,
  /** The file's name without `.ncproj`. */
  name: text(0, MAX_PATH_LENGTH),
  bytes: nonNegativeFinite,
  modifiedAt: timestamp,
});
export type ProjectEntry = z.infer<typeof projectEntry>;

/** Why a request failed: it was malformed, it reached outside the allowed files, or it failed. */
export const FAILURE_KINDS = ['invalid', 'notAllowed', 'failed'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
export type FailureProblem = z.infer<typeof failureProblem>;

export const HOST_REPLY_SCHEMAS = {
  /** The `trainer` request's message went to the trainer; its answers follow as `trainerMessage`. */
  trainerAccepted: requestMessage('trainerAccepted', {}),
  /** `path` is the file's full path, to save back to. */
  projectOpened: requestMessage('projectOpened', { path, project }),
  projectSaved: requestMessage('projectSaved', { path }),
  recentList: requestMessage('recentList', {
    entries: z.array(recentEntry).max(MAX_RECENT),
  }),
  projectList: requestMessage('projectList', {
    folder: path,
    projects: z.array(projectEntry).max(MAX_LISTED_PROJECTS),
    /** Every folder the host lets the renderer use, the projects folder first. */
    folders: z.array(path).min(1).max(MAX_FOLDERS),
  }),
  datasetExamplesPage: datasetExamplesReply,
  dataImported: dataImportedReply,
  datasetDownloadState: datasetDownloadStateReply,
  recoverySaved: requestMessage('recoverySaved', {}),
  recoveryList: requestMessage('recoveryList', {
    copies: z.array(recoveryEntry).max(MAX_RECOVERY_COPIES),
  }),
  recoveryOpened: requestMessage('recoveryOpened', { copy: recoveryEntry, project }),
  recoveryDiscarded: requestMessage('recoveryDiscarded', {}),
  exportChecked: requestMessage('exportChecked', exportCheckedFields),
  modelExported: requestMessage('modelExported', modelExportedFields),
  /**
   * A request could not be carried out. Without `requestId` when the request had none readable.
   * `problem` names a known fault by code and values, for the page to word in the user's language.
   */
  failed: z.strictObject({
    v: version,
    type: z.literal('failed'),
    requestId: id.optional(),
    kind: oneOf(FAILURE_KINDS),
    message: text(1, MAX_MESSAGE_LENGTH),
    problem: failureProblem.optional(),
  }),
  /** A message from this connection's trainer, already checked by the host. */
  trainerMessage: z.strictObject({
    v: version,
    type: z.literal('trainerMessage'),
    message: nested<TrainerMessage>(parseTrainerMessage),
  }),
  /** The trainer process ended; `message` says why when it crashed. The next start starts another. */
  trainerExit: z.strictObject({
    v: version,
    type: z.literal('trainerExit'),
    crashed: flag,
    outOfMemory: flag,
    message: text(0, MAX_MESSAGE_LENGTH),
    /** `message` as a code (`training.error.<code>`) and values, for the user's language. */
    ...codedFields,
  }),
} as const;

type RequestSchemas = typeof RENDERER_REQUEST_SCHEMAS;
type ReplySchemas = typeof HOST_REPLY_SCHEMAS;

/** Any renderer → host request, discriminated by `type`. */
export type RendererRequest = {
  [K in keyof RequestSchemas]: z.infer<RequestSchemas[K]>;
}[keyof RequestSchemas];
export type RendererRequestType = RendererRequest['type'];
export type RendererRequestOf<T extends RendererRequestType> = Extract<
  RendererRequest,
  { type: T }
>;

/** Any host → renderer message (replies and the trainer's messages), discriminated by `type`. */
export type HostReply = { [K in keyof ReplySchemas]: z.infer<ReplySchemas[K]> }[keyof ReplySchemas];
export type HostReplyType = HostReply['type'];
export type HostReplyOf<T extends HostReplyType> = Extract<HostReply, { type: T }>;

/** Which reply answers which request (besides `failed`, which may answer any). */
export const REPLY_TYPES = {
  trainer: 'trainerAccepted',
  openProject: 'projectOpened',
  saveProject: 'projectSaved',
  listRecent: 'recentList',
  listProjects: 'projectList',
  datasetExamples: 'datasetExamplesPage',
  importData: 'dataImported',
  datasetDownload: 'datasetDownloadState',
  saveRecovery: 'recoverySaved',
  listRecovery: 'recoveryList',
  openRecovery: 'recoveryOpened',
  discardRecovery: 'recoveryDiscarded',
  checkExport: 'exportChecked',
  exportModel: 'modelExported',
} as const satisfies Record<RendererRequestType, HostReplyType>;

export type ReplyTo<T extends RendererRequestType> = HostReplyOf<(typeof REPLY_TYPES)[T]>;
