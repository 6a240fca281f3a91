/** How one CSV cell reads: a number, a missing value, or text. */

/**
 * Spellings of "no value" that spreadsheets, R and pandas write, compared without case. '?' is the
 * UCI repository's marker.
 */
const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'nan', 'null', 'none', '<na>', '?']);

/** Decimal numbers only: "0x1F", "1,5" or "Infinity" are text, not numbers. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type Cell = { kind: 'missing' } | { kind: 'number'; value: number } | { kind: 'text' };

const MISSING_CELL: Cell = { kind: 'missing' };
const TEXT_CELL: Cell = { kind: 'text' };

export function readCell(raw: string): Cell {
  const text = raw.trim();
  if (MISSING.has(text.toLowerCase())) return MISSING_CELL;
  if (NUMBER.test(text)) {
    const value = Number(text);
    // "1e999" matches the pattern but overflows float64.
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  return TEXT_CELL;
}
