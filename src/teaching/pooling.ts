/** 2-D max and average pooling of one channel, with the window behind every output cell. */
import { TeachingError } from './errors';
import { checkGrid, type Cell, type Grid } from './grid';

export type PoolMode = 'max' | 'average';

export interface PoolResult {
  output: Grid;
  /** For output cell [i][j], the input cells of its window. */
  windows: Cell[][][];
  /** For max pooling, the cell whose value was taken (the first, on a tie); null for average. */
  picked: (Cell | null)[][];
}

/** 'valid' pooling: ⌊(n − size)/stride⌋ + 1 windows along each axis. */
export function pool(input: Grid, size: number, stride: number, mode: PoolMode): PoolResult {
  checkGrid(input, 'input');
  for (const [name, v] of [
    ['poolSize', size],
    ['stride', stride],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 8) {
      throw new TeachingError('teaching.error.setting', { name, min: 1, max: 8, value: v });
    }
  }
  const [h, w] = [input.length, input[0]!.length];
  const rows = Math.floor((h - size) / stride) + 1;
  const cols = Math.floor((w - size) / stride) + 1;
  if (rows < 1 || cols < 1) {
    throw new TeachingError('teaching.error.windowTooLarge', { size, rows: h, cols: w });
  }
  const result: PoolResult = { output: [], windows: [], picked: [] };
  for (let i = 0; i < rows; i++) {
    result.output.push([]);
    result.windows.push([]);
    result.picked.push([]);
    for (let j = 0; j < cols; j++) {
      const cells: Cell[] = [];
      for (let a = 0; a < size; a++) {
        for (let b = 0; b < size; b++) cells.push({ row: i * stride + a, col: j * stride + b });
      }
      const value = (c: Cell) => input[c.row]![c.col]!;
      let best = cells[0]!;
      for (const c of cells) if (value(c) > value(best)) best = c;
      const mean = cells.reduce((s, c) => s + value(c), 0) / cells.length;
      result.output[i]!.push(mode === 'max' ? value(best) : mean);
      result.windows[i]!.push(cells);
      result.picked[i]!.push(mode === 'max' ? best : null);
    }
  }
  return result;
}
