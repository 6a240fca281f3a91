/**
 * Messages the trainer sends the user, written from the `training` catalog: the English text for
 * logs and the command line, and the code and values with which the page says the same thing in
 * the user's language. One catalog entry serves both, so they cannot drift apart.
 */
import { isMessageKey, translate, type CodesUnder, type MessageValues } from '../../i18n';

/** Codes of the trainer's errors: `training.error.<code>`, with `training.fix.<code>` if any. */
export type ErrorCode = CodesUnder<'training.error.'>;
/** Codes of the details of an early stop: `training.stop.<code>`. */
export type StopCode = CodesUnder<'training.stop.'>;

/** Values are cut like message texts, so a deep stack in one never makes the message invalid. */
const MAX_VALUE_TEXT = 2_000;

function kept(values: MessageValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' && v.length > MAX_VALUE_TEXT ? `${v.slice(0, MAX_VALUE_TEXT - 1)}…` : v,
    ]),
  );
}

export interface Said {
  message: string;
  suggestion?: string;
  code: string;
  values: Record<string, string | number>;
}

/** An error with its suggestion, when the catalog gives one. */
export function saidError(code: ErrorCode, given: MessageValues = {}): Said {
  const values = kept(given);
  const fix = `training.fix.${code}`;
  return {
    message: translate('en', `training.error.${code}`, values),
    ...(isMessageKey(fix) ? { suggestion: translate('en', fix, values) } : {}),
    code,
    values,
  };
}

/** The detail of an early stop. */
export function saidStop(code: StopCode, given: MessageValues): Said {
  const values = kept(given);
  return { message: translate('en', `training.stop.${code}`, values), code, values };
}
