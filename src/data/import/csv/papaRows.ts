/**
 * Papa Parse's rows fed into a table builder with the line each row starts on. Papa counts rows,
 * not lines; a quoted field may span lines, so each row moves the line count on by one plus the
 * line breaks inside its fields.
 */
import type { ParseStepResult, Parser } from 'papaparse';
import { ImportError, importError } from '../errors';
import type { CsvTableBuilder } from './table';

export function rowStepper(builder: CsvTableBuilder, onFailure: (error: unknown) => void) {
  let line = 1;
  return (results: ParseStepResult<string[]>, parser: Parser) => {
    const fields = results.data;
    const startLine = line;
    line += 1;
    for (const field of fields) {
      for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
    }
    try {
      // Papa reports a row with an unclosed or stray quote, but still returns what it read.
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) builder.addBadRow(startLine, quoteProblem(quoteError.code));
      else builder.addRow(fields, startLine);
    } catch (error) {
      // Papa may call `complete` from inside abort(), so the failure is recorded first.
      onFailure(error);
      parser.abort();
    }
  };
}

function quoteProblem(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted field is never closed'
    : 'a quote mark inside a field that is not quoted';
}

/** Papa's own options for every CSV read: rows as lists, no type guessing (done per column). */
export const PAPA_OPTIONS = {
  header: false,
  dynamicTyping: false,
  skipEmptyLines: false,
} as const;

export function asImportError(error: unknown): ImportError {
  return error instanceof ImportError
    ? error
    : importError(
        `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        'csv.unreadable',
        { reason: error instanceof Error ? error.message : String(error) },
      );
}
