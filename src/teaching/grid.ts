/** Small 2-D tables of numbers, as the tensor inspector edits and shows them. */
import { TeachingError, type GridName } from './errors';

export type Grid = number[][];

/** A cell of a grid: row, then column. */
export interface Cell {
  row: number;
  col: number;
}

/** The largest side the inspectors accept, so a typed or pasted table stays readable. */
export const MAX_SIDE = 16;

/** Throws a clear error unless `grid` is a non-empty rectangle of finite numbers, at most MAX_SIDE. */
export function checkGrid(grid: readonly (readonly number[])[], what: GridName): void {
  if (grid.length === 0 || grid[0]!.length === 0) {
    throw new TeachingError('teaching.error.gridEmpty', { what });
  }
  if (grid.length > MAX_SIDE || grid[0]!.length > MAX_SIDE) {
    throw new TeachingError('teaching.error.gridTooLarge', { what, max: MAX_SIDE });
  }
  grid.forEach((row, r) => {
    if (row.length !== grid[0]!.length) {
      throw new TeachingError('teaching.error.gridRagged', {
        what,
        row: r + 1,
        count: row.length,
        first: grid[0]!.length,
      });
    }
    row.forEach((v, c) => {
      if (!Number.isFinite(v))
        throw new TeachingError('teaching.error.gridNoNumber', { what, row: r + 1, col: c + 1 });
    });
  });
}

/**
 * Reads a table typed as rows of numbers, e.g. "1 2 3\n4 5 6", "[[1,2],[3,4]]" or CSV; commas,
 * spaces, semicolons and brackets all separate. The error names the row and the word that is wrong.
 */
export function parseGrid(text: string, what: GridName): Grid {
  const rows = text
    .replace(/\]\s*,?\s*\[/g, '\n')
    .replace(/[[\]]/g, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const grid = rows.map((line, r) =>
    line
      .split(/[\s,;]+/)
      .filter((w) => w !== '')
      .map((word) => {
        const v = Number(word);
        if (!Number.isFinite(v))
          throw new TeachingError('teaching.error.gridWord', { what, row: r + 1, word });
        return v;
      }),
  );
  checkGrid(grid, what);
  return grid;
}

export function formatGrid(grid: Grid): string {
  return grid.map((row) => row.join(' ')).join('\n');
}

export const zeros = (rows: number, cols: number): Grid =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
