/** What went wrong in a lab, in the user's language. */
import type { Translate } from '../../../src/i18n';
import { TeachingError, type TeachingMessage } from '../../../src/teaching/errors';

export function messageText(message: TeachingMessage, t: Translate): string {
  return t(message.key, message.values);
}

/** A lab's own errors are translated; anything else is shown as it came. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof TeachingError) return t(error.key, error.values);
  return error instanceof Error ? error.message : String(error);
}
