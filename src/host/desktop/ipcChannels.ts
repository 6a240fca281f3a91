/**
 * The desktop shell's IPC channels: the only ones the preload will use and the only ones main
 * answers. Each renderer request type has its own `invoke` channel, so that a handler is registered
 * per allowlisted channel and a payload whose `type` disagrees with its channel is refused. The
 * payload is the very `RendererRequest` browser mode sends over its WebSocket, checked in main by
 * the same parser (`parseRendererRequest`), and the answer is a `HostReply`.
 *
 * Renderer → main: `connect` (once per page load; no payload), then `request:<type>` (invoke).
 * Main → renderer: `port`, carrying a MessagePort on which host replies arrive as structured
 * clones, typed arrays intact: main's own (`trainerExit`) on the port it hands the page when it
 * connects, and the trainer's (`trainerMessage`) on the port each new trainer streams to.
 *
 * The shell's own messages, besides the host's requests:
 * - main → renderer `command` (a command name chosen in a native menu), `openPath` (a project
 *   file the user opened from the system: the command line, a second launch, the Finder) and
 *   `reloadPath` (the page's file to open again as it now is on disk: the user chose Reload in
 *   main's question, which said their changes would be lost, so the page does not ask again);
 * - renderer → main `pageState` (send: whether there is unsaved work, for the prompt on close)
 *   and `choose` (invoke: shows a native open, save or folder dialog, resolves with the path
 *   chosen, which the page may then use, or null).
 *
 * This file is loaded by the preload too, so it imports types only: no zod, no Node.
 */
import type { RendererRequestType } from '../../protocol/renderer';

const PREFIX = 'neurocanvas:';

/** Every request type of `RENDERER_REQUEST_SCHEMAS` (a test, and the check below, hold them equal). */
export const REQUEST_TYPES = [
  'trainer',
  'openProject',
  'saveProject',
  'listRecent',
  'listProjects',
  'datasetExamples',
  'importData',
  'datasetDownload',
  'saveRecovery',
  'listRecovery',
  'openRecovery',
  'discardRecovery',
  'checkExport',
  'exportModel',
] as const satisfies readonly RendererRequestType[];

// A request type added to the protocol but not here fails to compile.
type Missing = Exclude<RendererRequestType, (typeof REQUEST_TYPES)[number]>;
const everyTypeListed: [Missing] extends [never] ? true : Missing = true;
void everyTypeListed;

export type RequestChannel = `${typeof PREFIX}request:${RendererRequestType}`;

export const CONNECT_CHANNEL = `${PREFIX}connect`;
export const PORT_CHANNEL = `${PREFIX}port`;
export const COMMAND_CHANNEL = `${PREFIX}command`;
export const OPEN_PATH_CHANNEL = `${PREFIX}openPath`;
export const RELOAD_PATH_CHANNEL = `${PREFIX}reloadPath`;
export const PAGE_STATE_CHANNEL = `${PREFIX}pageState`;
export const CHOOSE_CHANNEL = `${PREFIX}choose`;

/** The dialogs the page may ask main to show. */
export const CHOICE_KINDS = ['openProject', 'saveProject', 'exportFolder'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

export function isChoiceKind(kind: unknown): kind is ChoiceKind {
  return CHOICE_KINDS.some((k) => k === kind);
}

export function requestChannel(type: RendererRequestType): RequestChannel {
  return `${PREFIX}request:${type}`;
}

export const REQUEST_CHANNELS: readonly RequestChannel[] = REQUEST_TYPES.map(requestChannel);

/** The request type a channel carries, or null for a channel that is not on the allowlist. */
export function requestTypeOf(channel: string): RendererRequestType | null {
  const type = channel.startsWith(`${PREFIX}request:`)
    ? channel.slice(`${PREFIX}request:`.length)
    : null;
  return REQUEST_TYPES.find((t) => t === type) ?? null;
}

/** Is `type` a request the renderer may make? (Read from untrusted input, so any value.) */
export function isRequestType(type: unknown): type is RendererRequestType {
  return REQUEST_TYPES.some((t) => t === type);
}
