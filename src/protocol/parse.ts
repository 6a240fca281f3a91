/**
 * Checks a message on arrival, at both ends: TypeScript types do not exist at run time, and a
 * message may come from another release, a crashed peer or a hostile page. Any input gives either
 * a typed message or one error that names where the message is wrong; it never throws.
 */
import type * as z from 'zod';
import { formatPath, type JsonPath } from '../project/paths';
import { problemsFromZod, projectErrorMap } from '../project/zodProblems';
import { describeInput, expectedGot } from './fields';
import { HOST_MESSAGE_SCHEMAS, type HostMessage } from './host';
import { scanMessage } from './scan';
import { TRAINER_MESSAGE_SCHEMAS, type TrainerMessage } from './trainer';
import { PROTOCOL_VERSION } from './version';

export type ParseResult<M> =
  | { ok: true; message: M }
  | {
      ok: false;
      /** E.g. `Invalid "batch" message from the trainer: loss: expected a number, got "x"`. */
      error: string;
      /** Where the (first) problem is, e.g. ['training', 'learningRate']; [] for the whole message. */
      path: JsonPath;
    };

/** How errors speak of one family of messages. */
export interface MessageWording {
  /** Names the message in "Invalid …", given its type once that is known. */
  name: (type: string | null) => string;
  /** What a version mismatch means, and what to do about it. */
  versionMismatch: string;
  /** The word for the `type` field: "message type" or "type". */
  typeWord: string;
}

const fromPeer = (sender: string): MessageWording => ({
  name: (type) => `${type === null ? 'message' : `${JSON.stringify(type)} message`} from ${sender}`,
  versionMismatch: 'the app and the trainer come from different releases',
  typeWord: 'message type',
});

export function parseHostMessage(data: unknown): ParseResult<HostMessage> {
  return parseMessage(data, HOST_MESSAGE_SCHEMAS, fromPeer('the host'));
}

export function parseTrainerMessage(data: unknown): ParseResult<TrainerMessage> {
  return parseMessage(data, TRAINER_MESSAGE_SCHEMAS, fromPeer('the trainer'));
}

/** Checks `data` against the schema its `type` names, after the version and a scan for hostile keys. */
export function parseMessage<M>(
  data: unknown,
  schemas: Readonly<Record<string, z.ZodType>>,
  wording: MessageWording,
): ParseResult<M> {
  let type: string | null = null;
  const fail = (path: JsonPath, message: string, more = 0): ParseResult<M> => {
    const where = path.length === 0 ? '' : `${formatPath(path)}: `;
    const rest = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
    return { ok: false, error: `Invalid ${wording.name(type)}: ${where}${message}${rest}`, path };
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
          : `protocol version ${describeInput(v)}, expected ${PROTOCOL_VERSION}: ${wording.versionMismatch}`;
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
          ? `unknown ${wording.typeWord} ${describeInput(t)}; expected one of ${known}`
          : expectedGot(`a ${wording.typeWord} (one of ${known})`, t),
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
