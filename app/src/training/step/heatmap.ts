/**
 * A step map as a picture: a [rows, columns] grid of signed values in a diverging scale, blue for
 * negative, white for 0, red for positive, scaled by the larger of |min| and |max| so that 0 is
 * always white and the sign of a gradient or an update reads at a glance.
 *
 * A feature map [height, width, channels] is laid out with its channels side by side; any other
 * map is read as rows × last axis, a vector as one row.
 */
import type { TrainerMessageOf } from '../../../../src/protocol';

export type StepMap =
  TrainerMessageOf<'stepDetail'>['layers'][number]['tensors'][number]['gradient'];

export interface Grid {
  rows: number;
  columns: number;
  /** The index into the map's values of grid cell (row, column). */
  at(row: number, column: number): number;
}

export function gridOf(shape: readonly number[]): Grid {
  if (shape.length === 3) {
    const [h, w, c] = shape as [number, number, number];
    return {
      rows: h,
      columns: w * c,
      at: (r, col) => (r * w + (col % w)) * c + Math.floor(col / w),
    };
  }
  const columns = shape.length > 0 ? shape[shape.length - 1]! : 1;
  const size = shape.reduce((p, d) => p * d, 1);
  return { rows: size / Math.max(1, columns), columns, at: (r, col) => r * columns + col };
}

/** The value byte `b` stands for. */
export const valueOf = (map: StepMap, b: number): number =>
  map.min + (b / 255) * (map.max - map.min);

/** The colour of value v on a scale where ±scale are full blue and full red. */
export function colourOf(v: number, scale: number): [number, number, number] {
  const t = scale > 0 ? Math.max(-1, Math.min(1, v / scale)) : 0;
  const fade = Math.round(255 * (1 - Math.abs(t)));
  // Negative: (fade, fade, 255) → blue; positive: (255, fade, fade) → red.
  return t < 0 ? [fade, fade, 255] : [255, fade, fade];
}

/** RGBA pixels of the grid, row by row. */
export function heatmapPixels(map: StepMap): {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
} {
  const grid = gridOf(map.shape);
  const scale = Math.max(Math.abs(map.min), Math.abs(map.max));
  const pixels = new Uint8ClampedArray(grid.rows * grid.columns * 4);
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.columns; c++) {
      const [red, green, blue] = colourOf(valueOf(map, map.data[grid.at(r, c)]!), scale);
      const p = (r * grid.columns + c) * 4;
      pixels[p] = red;
      pixels[p + 1] = green;
      pixels[p + 2] = blue;
      pixels[p + 3] = 255;
    }
  return { width: grid.columns, height: grid.rows, pixels };
}
