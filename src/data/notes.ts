/**
 * What a loader did to a dataset's data on the way (rows dropped, values filled in, columns left
 * out, images resized), by code and values: `data.note.<code>` in the catalog. Reports and
 * datasets keep the English sentences for the command line and for files, and beside them these
 * notes, so that the interface says the same in the user's language.
 */
import { translate, type CodesUnder } from '../i18n';

export type NoteCode = CodesUnder<'data.note.'>;
export type WhyCode = CodesUnder<'data.why.'>;

export interface DataNote {
  code: NoteCode;
  values: Record<string, string | number>;
}

/** A note or a why as it travels: codes are checked when the interface says them. */
export interface CodedText {
  code: string;
  values: Record<string, string | number>;
}

/** Why an imported column is not used. */
export interface ColumnWhy {
  code: WhyCode;
  values: Record<string, string | number>;
}

export function dataNote(code: NoteCode, values: Record<string, string | number> = {}): DataNote {
  return { code, values };
}

/** The note in English. */
export function noteText(note: DataNote): string {
  return translate('en', `data.note.${note.code}`, note.values);
}

export function whyText(why: ColumnWhy): string {
  return translate('en', `data.why.${why.code}`, why.values);
}

/** The English sentences and the notes they say, as reports and datasets carry them. */
export function withNotes(notes: readonly DataNote[]): { notes: string[]; noteCodes: DataNote[] } {
  return { notes: notes.map(noteText), noteCodes: [...notes] };
}

/** At most this many numbers are listed before "and N more". */
const MAX_LISTED = 5;

/**
 * The values of a list of line numbers, "lines 4, 9, 12 and 3 more" in the catalog's words:
 * `shown` (how many are listed), `lines` and `more`.
 */
export function lineValues(lines: readonly number[]): {
  shown: number;
  lines: string;
  more: number;
} {
  const shown = lines.slice(0, MAX_LISTED);
  return {
    shown: shown.length,
    lines: shown.map((n) => n.toLocaleString('en-US')).join(', '),
    more: lines.length - shown.length,
  };
}
