/**
 * A 2-D convolution of one channel, as deep-learning libraries compute it (cross-correlation: the
 * kernel is not flipped), with the input cells behind every output cell so the inspector can show
 * them.
 */
import { TeachingError } from './errors';
import { checkGrid, type Cell, type Grid } from './grid';

export interface ConvOptions {
  stride: number;
  /** Zeros added on every side. */
  padding: number;
  dilation: number;
}

export interface Tap extends Cell {
  /** The kernel weight this input cell is multiplied by. */
  weight: number;
}

export interface ConvResult {
  output: Grid;
  /** For output cell [i][j], the input cells it reads (cells in the zero padding are left out). */
  sources: Tap[][][];
  /** The output size along rows and columns, with the formula written out. */
  formula: { rows: string; cols: string };
}

/** ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1, the output length along one axis. */
export function convOutputLength(n: number, k: number, o: ConvOptions): number {
  return Math.floor((n + 2 * o.padding - o.dilation * (k - 1) - 1) / o.stride) + 1;
}

function formulaOf(n: number, k: number, o: ConvOptions): string {
  const kEff = o.dilation > 1 ? `(${o.dilation}·(${k}−1)+1)` : `${k}`;
  return `⌊(${n} + 2·${o.padding} − ${kEff})/${o.stride}⌋ + 1 = ${convOutputLength(n, k, o)}`;
}

function checkOptions(o: ConvOptions): void {
  for (const [name, v, min] of [
    ['stride', o.stride, 1],
    ['dilation', o.dilation, 1],
    ['padding', o.padding, 0],
  ] as const) {
    if (!Number.isInteger(v) || v < min || v > 8) {
      throw new TeachingError('teaching.error.setting', { name, min, max: 8, value: v });
    }
  }
}

export function convolve(input: Grid, kernel: Grid, options: ConvOptions): ConvResult {
  checkGrid(input, 'input');
  checkGrid(kernel, 'kernel');
  checkOptions(options);
  const { stride, padding, dilation } = options;
  const [h, w] = [input.length, input[0]!.length];
  const [kh, kw] = [kernel.length, kernel[0]!.length];
  const rows = convOutputLength(h, kh, options);
  const cols = convOutputLength(w, kw, options);
  if (rows < 1 || cols < 1) {
    throw new TeachingError('teaching.error.kernelTooLarge', {
      rows: formulaOf(h, kh, options),
      cols: formulaOf(w, kw, options),
    });
  }
  const output: Grid = [];
  const sources: Tap[][][] = [];
  for (let i = 0; i < rows; i++) {
    output.push([]);
    sources.push([]);
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      const taps: Tap[] = [];
      for (let a = 0; a < kh; a++) {
        for (let b = 0; b < kw; b++) {
          const row = i * stride - padding + a * dilation;
          const col = j * stride - padding + b * dilation;
          if (row < 0 || row >= h || col < 0 || col >= w) continue;
          const weight = kernel[a]![b]!;
          sum += input[row]![col]! * weight;
          taps.push({ row, col, weight });
        }
      }
      output[i]!.push(sum);
      sources[i]!.push(taps);
    }
  }
  return {
    output,
    sources,
    formula: { rows: formulaOf(h, kh, options), cols: formulaOf(w, kw, options) },
  };
}
