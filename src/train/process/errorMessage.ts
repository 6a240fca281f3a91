/** `error` messages from the trainer, always valid whatever text or ids they are built from. */
import { PROTOCOL_VERSION, parseTrainerMessage, type TrainerMessageOf } from '../../protocol';

/** The protocol caps message text; a longer text (a deep stack, say) is cut with an ellipsis. */
const MAX_TEXT = 2_000;

export interface ErrorFields {
  message: string;
  suggestion?: string;
  /** The message's code and values, for the page to say it in the user's language. */
  code?: string;
  values?: Record<string, string | number>;
  /** Only kept when it is a valid id: an id taken from an invalid message may not be one. */
  runId?: unknown;
  requestId?: unknown;
}

export function errorMessage(fields: ErrorFields): TrainerMessageOf<'error'> {
  const base: TrainerMessageOf<'error'> = {
    v: PROTOCOL_VERSION,
    type: 'error',
    message: cut(fields.message) || 'Unknown error.',
    ...(fields.suggestion ? { suggestion: cut(fields.suggestion) } : {}),
    ...(fields.code ? { code: fields.code, values: fields.values ?? {} } : {}),
  };
  const withIds = {
    ...base,
    ...(typeof fields.runId === 'string' ? { runId: fields.runId } : {}),
    ...(typeof fields.requestId === 'string' ? { requestId: fields.requestId } : {}),
  };
  return parseTrainerMessage(withIds).ok ? withIds : base;
}

/** The message of anything thrown, in one piece of text. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  return String(thrown);
}

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}
