/**
 * The fields every message starts with: the protocol version, the message type, and the run (or
 * request) it belongs to. `v` is checked before anything else, in `parse.ts`, so that a message
 * from another release gets one clear error rather than a list of field errors.
 */
import * as z from 'zod';
import { id } from './fields';
import { PROTOCOL_VERSION } from './version';

export const version = z.literal(PROTOCOL_VERSION);

/** A message about one run. */
export function runMessage<const T extends string, S extends z.core.$ZodLooseShape>(
  type: T,
  fields: S,
) {
  return z.strictObject({ v: version, type: z.literal(type), runId: id, ...fields });
}

/** A message that no run exists for (yet): it carries a request id its answer can refer to. */
export function requestMessage<const T extends string, S extends z.core.$ZodLooseShape>(
  type: T,
  fields: S,
) {
  return z.strictObject({ v: version, type: z.literal(type), requestId: id, ...fields });
}
