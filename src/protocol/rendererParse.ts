/**
 * Checks a renderer ↔ host message on arrival, at both ends, by the same rules as the trainer
 * protocol (`parse.ts`): any input gives a typed message or one error naming where it is wrong,
 * and it never throws. The version is checked first, so a page left open across an update is
 * told to reload rather than given a list of field errors.
 */
import type * as z from 'zod';
import { formatPath, type JsonPath } from '../project/paths';
import { problemsFromZod, projectErrorMap } from '../project/zodProblems';
import { describeInput, expectedGot } from './fields';
import { MAX_ID_LENGTH } from './limits';
import type { ParseResult } from './parse';
import {
  HOST_REPLY_SCHEMAS,
  RENDERER_REQUEST_SCHEMAS,
  type HostReply,
  type RendererRequest,
} from './renderer';
import { scanMessage } from './scan';
import { PROTOCOL_VERSION } from './version';

export function parseRendererRequest(data: unknown): ParseResult<RendererRequest> {
  return parse(data, RENDERER_REQUEST_SCHEMAS, 'request from the page');
}

export function parseHostReply(data: unknown): ParseResult<HostReply> {
  return parse(data, HOST_REPLY_SCHEMAS, 'message from the host');
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

function parse<M>(
  data: unknown,
  schemas: Readonly<Record<string, z.ZodType>>,
  what: string,
): ParseResult<M> {
  let type: string | null = null;
  const fail = (path: JsonPath, message: string, more = 0): ParseResult<M> => {
    const named = type === null ? what : `${JSON.stringify(type)} ${what}`;
    const where = path.length === 0 ? '' : `${formatPath(path)}: `;
    const rest = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
    return { ok: false, error: `Invalid ${named}: ${where}${message}${rest}`, path };
  };
  try {
    if (
      data === null ||
      typeof data !== 'object' ||
      Array.isArray(data) ||
      ArrayBuffer.isView(data)
    )
      return fail([], expectedGot('a message object', data));
    const unsafe = scanMessage(data);
    if (unsafe) return fail(unsafe.path, unsafe.message);

    const fields = data as Record<string, unknown>;
    const v = Object.hasOwn(fields, 'v') ? fields.v : undefined;
    if (v !== PROTOCOL_VERSION) {
      const message =
        v === undefined
          ? `missing (expected protocol version ${PROTOCOL_VERSION})`
          : `protocol version ${describeInput(v)}, expected ${PROTOCOL_VERSION}: the page and the host come from different releases; reload the page`;
      return fail(['v'], message);
    }

    const t = Object.hasOwn(fields, 'type') ? fields.type : undefined;
    if (typeof t !== 'string' || !Object.hasOwn(schemas, t)) {
      const known = Object.keys(schemas)
        .map((k) => JSON.stringify(k))
        .join(', ');
      return fail(
        ['type'],
        typeof t === 'string'
          ? `unknown type ${describeInput(t)}; expected one of ${known}`
          : expectedGot(`a type (one of ${known})`, t),
      );
    }
    type = t;

    const parsed = schemas[t]!.safeParse(data, { error: projectErrorMap });
    if (parsed.success) return { ok: true, message: parsed.data as M };
    const problems = problemsFromZod(parsed.error.issues);
    const first = problems[0] ?? { path: [], message: 'is not a valid message' };
    return fail(first.path, first.message, problems.length - 1);
  } catch (e) {
    // Only a hostile object (a throwing getter, a revoked proxy) or exhausted memory gets here.
    return fail([], `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
