/**
 * An import's failure in the user's language: the host names known faults by code and values
 * (`ImportError` in `src/data/import/errors.ts`), which are worded here; anything else is shown as
 * the host said it.
 */
import { isMessageKey, type Translate } from '../../../src/i18n';
import { HostRequestError } from '../../../src/protocol/rendererClient';

export function importErrorText(t: Translate, error: unknown): string {
  if (error instanceof HostRequestError && error.problem) {
    const key = `data.error.${error.problem.code}`;
    try {
      if (isMessageKey(key)) return t(key, error.problem.values);
    } catch {
      // A value the message needs is missing: the host's own words still say what went wrong.
    }
  }
  return error instanceof Error ? error.message : String(error);
}
