/**
 * Checks a renderer ↔ host message on arrival, at both ends, by the same rules as the trainer
 * protocol (`parse.ts`): any input gives a typed message or one error naming where it is wrong,
 * and it never throws. The version is checked first, so a page left open across an update is
 * told to reload rather than given a list of field errors.
 */
import { MAX_ID_LENGTH } from './limits';
import { parseMessage, type MessageWording, type ParseResult } from './parse';
import {
  HOST_REPLY_SCHEMAS,
  RENDERER_REQUEST_SCHEMAS,
  type HostReply,
  type RendererRequest,
} from './renderer';

const wording = (what: string): MessageWording => ({
  name: (type) => (type === null ? what : `${JSON.stringify(type)} ${what}`),
  versionMismatch: 'the page and the host come from different releases; reload the page',
  typeWord: 'type',
});

export function parseRendererRequest(data: unknown): ParseResult<RendererRequest> {
  return parseMessage(data, RENDERER_REQUEST_SCHEMAS, wording('request from the page'));
}

export function parseHostReply(data: unknown): ParseResult<HostReply> {
  return parseMessage(data, HOST_REPLY_SCHEMAS, wording('message from the host'));
}

/** The request id of a message that failed to parse, when one can be read, so the answer can name it. */
export function readableRequestId(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'requestId'))
    return undefined;
  const value = (data as { requestId: unknown }).requestId;
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH
    ? value
    : undefined;
}
