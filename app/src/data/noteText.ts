/**
 * What a loader did to a dataset's data, in the user's language: each note by its code when the
 * host sent codes, else as the host wrote it (the English every note also carries).
 */
import { isMessageKey, type MessageValues, type Translate } from '../../../src/i18n';

interface Coded {
  code: string;
  values: MessageValues;
}

function said(t: Translate, key: string, values: MessageValues, fallback: string): string {
  if (!isMessageKey(key)) return fallback;
  try {
    return t(key, values);
  } catch {
    // A value the message needs is missing: the host's own words still say it.
    return fallback;
  }
}

/** The notes in the user's language; codes count only when there is one per note. */
export function notesText(
  t: Translate,
  notes: readonly string[],
  codes: readonly Coded[] | undefined,
): string[] {
  if (!codes || codes.length !== notes.length) return [...notes];
  return notes.map((note, i) => said(t, `data.note.${codes[i]!.code}`, codes[i]!.values, note));
}

/** Why an imported column is not used, for its tooltip. */
export function columnWhyText(
  t: Translate,
  column: { why?: string; whyCode?: Coded },
): string | undefined {
  if (column.why === undefined) return undefined;
  const code = column.whyCode;
  return code ? said(t, `data.why.${code.code}`, code.values, column.why) : column.why;
}
