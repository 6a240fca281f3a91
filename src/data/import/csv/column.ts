/**
 * One CSV column as it is read, row by row: every cell as a float32 (NaN when missing or text) and,
 * while the column has few distinct texts, as a code into its dictionary of distinct values. A
 * column of measurements soon has more distinct values than any category list, and then drops its
 * codes, so it costs 4 bytes a row.
 */
import { GrowableFloat32, GrowableInt32 } from '../growable';
import { readCell } from './cells';

/** Distinct values a column may have and still be read as categories (one-hot, or class names). */
export const MAX_CATEGORIES = 1_000;
/** Examples of odd cells (missing, text in numbers) kept per column for the report. */
export const MAX_EXAMPLES = 5;

export interface CellExample {
  /** The row's index among the data rows. */
  row: number;
  value: string;
}

export class ColumnAccumulator {
  readonly numbers = new GrowableFloat32();
  /** Dictionary code per row, -1 when missing; null once the column has too many distinct values. */
  codes: GrowableInt32 | null = new GrowableInt32();
  readonly dictionary = new Map<string, number>();
  /** How often each dictionary entry occurs, by code. */
  readonly frequencies: number[] = [];
  numberCount = 0;
  textCount = 0;
  missingCount = 0;
  readonly textExamples: CellExample[] = [];
  readonly missingRows: number[] = [];

  push(raw: string): void {
    const row = this.numbers.length;
    const cell = readCell(raw);
    if (cell.kind === 'missing') {
      this.numbers.push(NaN);
      this.codes?.push(-1);
      this.missingCount++;
      if (this.missingRows.length < MAX_EXAMPLES) this.missingRows.push(row);
      return;
    }
    if (cell.kind === 'number') {
      this.numbers.push(cell.value);
      this.numberCount++;
    } else {
      this.numbers.push(NaN);
      this.textCount++;
      if (this.textExamples.length < MAX_EXAMPLES)
        this.textExamples.push({ row, value: raw.trim().slice(0, 60) });
    }
    if (this.codes) this.pushCode(raw.trim());
  }

  private pushCode(text: string): void {
    let code = this.dictionary.get(text);
    if (code === undefined) {
      if (this.dictionary.size >= MAX_CATEGORIES) {
        this.codes = null;
        return;
      }
      code = this.dictionary.size;
      this.dictionary.set(text, code);
      this.frequencies.push(0);
    }
    this.frequencies[code] = (this.frequencies[code] as number) + 1;
    this.codes!.push(code);
  }

  get length(): number {
    return this.numbers.length;
  }
}
