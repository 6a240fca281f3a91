/**
 * A CSV file read into columns, one row at a time, whatever reads the text (Papa Parse on a file
 * stream in Node, or on a string in a test). It decides whether the first row is a header, sets
 * malformed rows aside with their line numbers (or stops at the first, as the user chose), and
 * bounds what a file may hold.
 */
import { formatNumber } from '../../../layers/paramCheck';
import { GrowableUint32 } from '../growable';
import { importError } from '../errors';
import { ColumnAccumulator } from './column';
import { looksLikeHeader } from './header';

export type HeaderChoice = 'auto' | 'yes' | 'no';
export type BadRowChoice = 'skip' | 'stop';

/** More columns than any real table; a file with more is not a table NeuroCanvas can train on. */
export const MAX_COLUMNS = 10_000;
/** 100 million cells keep the columns under about 800 MB. */
export const MAX_CELLS = 100_000_000;
/** Rows read before deciding whether the first row is a header. */
const HEADER_SAMPLE = 50;
/** Bad rows listed by line; the rest are counted. */
export const MAX_LISTED_BAD_ROWS = 20;
export const PREVIEW_ROWS = 20;

export interface BadRow {
  line: number;
  reason: string;
}

export interface CsvTable {
  columnNames: string[];
  hasHeader: boolean;
  columns: ColumnAccumulator[];
  rowCount: number;
  /** The line of the file each data row starts on (1-based). */
  lines: Uint32Array;
  badRows: BadRow[];
  badRowCount: number;
  /** The first data rows as written, for the preview table. */
  preview: string[][];
}

export class CsvTableBuilder {
  private first: { fields: string[]; line: number } | null = null;
  private pending: { fields: string[]; line: number }[] = [];
  private decided = false;
  private hasHeader = false;
  private width = 0;
  private columns: ColumnAccumulator[] = [];
  private readonly lines = new GrowableUint32();
  private readonly badRows: BadRow[] = [];
  private badRowCount = 0;
  private readonly preview: string[][] = [];

  constructor(
    private readonly header: HeaderChoice,
    private readonly onBadRow: BadRowChoice,
  ) {}

  /** One parsed row starting on `line`. Throws `ImportError` when the user chose to stop at bad rows. */
  addRow(fields: string[], line: number): void {
    if (fields.length === 1 && fields[0]!.trim() === '') return; // a blank line
    if (!this.first) {
      if (fields.length > MAX_COLUMNS)
        throw importError(
          `Line ${line} has ${formatNumber(fields.length)} columns; NeuroCanvas reads tables of at most ${formatNumber(MAX_COLUMNS)}.`,
          'csv.tooManyColumns',
          { line, count: fields.length, max: MAX_COLUMNS },
        );
      this.first = { fields, line };
      this.width = fields.length;
      if (this.header !== 'auto') this.decide();
      return;
    }
    if (fields.length !== this.width) {
      this.addBadRow(
        line,
        `${fields.length} ${fields.length === 1 ? 'field' : 'fields'} where the first row has ${this.width}`,
      );
      return;
    }
    if (!this.decided) {
      this.pending.push({ fields, line });
      if (this.pending.length >= HEADER_SAMPLE) this.decide();
      return;
    }
    this.store(fields, line);
  }

  /** A row the parser could not read (e.g. an unclosed quote). */
  addBadRow(line: number, reason: string): void {
    if (this.onBadRow === 'stop')
      throw importError(
        `Line ${line} is malformed: ${reason}. Fix that line, or choose to skip malformed rows.`,
        'csv.malformedLine',
        { line, reason },
      );
    this.badRowCount++;
    if (this.badRows.length < MAX_LISTED_BAD_ROWS) this.badRows.push({ line, reason });
  }

  finish(): CsvTable {
    if (!this.first) throw importError('The file holds no rows: it is empty.', 'csv.empty');
    if (!this.decided) this.decide();
    const names = this.hasHeader
      ? this.first.fields.map((name, i) => name.trim() || `column ${i + 1}`)
      : this.first.fields.map((_, i) => `column ${i + 1}`);
    const rowCount = this.lines.length;
    if (rowCount === 0)
      throw this.hasHeader
        ? importError('The file has a header row but no data rows.', 'csv.headerOnly')
        : importError('The file has no data rows.', 'csv.noDataRows');
    return {
      columnNames: uniqueNames(names),
      hasHeader: this.hasHeader,
      columns: this.columns,
      rowCount,
      lines: this.lines.values(),
      badRows: this.badRows,
      badRowCount: this.badRowCount,
      preview: this.preview,
    };
  }

  private decide(): void {
    const first = this.first!;
    this.hasHeader =
      this.header === 'yes' ||
      (this.header === 'auto' &&
        looksLikeHeader(
          first.fields,
          this.pending.map((p) => p.fields),
        ));
    this.decided = true;
    this.columns = first.fields.map(() => new ColumnAccumulator());
    if (!this.hasHeader) this.store(first.fields, first.line);
    for (const p of this.pending) this.store(p.fields, p.line);
    this.pending = [];
  }

  private store(fields: string[], line: number): void {
    if ((this.lines.length + 1) * this.width > MAX_CELLS)
      throw importError(
        `The file holds more than ${formatNumber(MAX_CELLS)} values (line ${line}); NeuroCanvas imports tables up to that size.`,
        'csv.tooManyValues',
        { line, max: MAX_CELLS },
      );
    for (let c = 0; c < this.width; c++) this.columns[c]!.push(fields[c]!);
    this.lines.push(line);
    if (this.preview.length < PREVIEW_ROWS) this.preview.push(fields.map((f) => f.slice(0, 100)));
  }
}

/** Two columns both called "x" become "x" and "x (2)", so every column can be named. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
