/**
 * Reading an activation map (one layer's output for the probe example, or the first convolution's
 * filters) as tiles to draw: one per channel of a feature map, one per filter, a single tile for a
 * plain matrix, and a one-row strip for a vector. Values stay the map's bytes (0 … 255 over the
 * map's own min … max), so drawing needs no arithmetic beyond a colour lookup.
 */
import type { TrainerMessageOf } from '../../../../src/protocol';

export type ActivationMap = TrainerMessageOf<'activations'>['layers'][number];

export interface Tile {
  width: number;
  height: number;
  /** The byte at column x, row y. */
  at(x: number, y: number): number;
}

export function mapTiles(map: ActivationMap): Tile[] {
  const { shape, data, kind } = map;
  if (kind === 'filters' && shape.length === 4) {
    // [kh, kw, in, out]: one tile per output channel, the mean over the input channels.
    const [kh, kw, cin, cout] = shape as [number, number, number, number];
    return Array.from({ length: cout }, (_, o) => ({
      width: kw,
      height: kh,
      at(x, y) {
        let sum = 0;
        for (let i = 0; i < cin; i++) sum += data[((y * kw + x) * cin + i) * cout + o]!;
        return Math.round(sum / cin);
      },
    }));
  }
  if (shape.length === 3) {
    const [h, w, c] = shape as [number, number, number];
    return Array.from({ length: c }, (_, k) => ({
      width: w,
      height: h,
      at: (x, y) => data[(y * w + x) * c + k]!,
    }));
  }
  if (shape.length === 2) {
    const [h, w] = shape as [number, number];
    return [{ width: w, height: h, at: (x, y) => data[y * w + x]! }];
  }
  // A vector, or anything of higher rank read in its flat order.
  return [{ width: data.length, height: 1, at: (x) => data[x]! }];
}

/** What a tile grid of at most `maxTiles` tiles in `columns` columns measures, with 1-pixel gaps. */
export interface GridLayout {
  columns: number;
  rows: number;
  width: number;
  height: number;
  shown: number;
}

export function gridLayout(tiles: readonly Tile[], maxTiles: number, columns: number): GridLayout {
  const shown = Math.min(tiles.length, maxTiles);
  if (shown === 0) return { columns: 0, rows: 0, width: 0, height: 0, shown };
  const cols = Math.min(columns, shown);
  const rows = Math.ceil(shown / cols);
  const { width: w, height: h } = tiles[0]!;
  return { columns: cols, rows, width: cols * (w + 1) - 1, height: rows * (h + 1) - 1, shown };
}

/**
 * A 256-step colour scale from dark blue through teal to yellow (viridis-like, readable for colour
 * blind users and on both themes), as RGB triples.
 */
const STOPS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

export const COLOURS: Uint8Array = (() => {
  const out = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (STOPS.length - 1);
    const s = Math.min(STOPS.length - 2, Math.floor(t));
    const f = t - s;
    for (let c = 0; c < 3; c++)
      out[i * 3 + c] = Math.round(STOPS[s]![c]! * (1 - f) + STOPS[s + 1]![c]! * f);
  }
  return out;
})();

/**
 * The tiles as RGBA pixels, left to right, top to bottom, gaps transparent. Tiles of a map all
 * have one size, so the grid is regular.
 */
export function gridPixels(tiles: readonly Tile[], layout: GridLayout): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(layout.width * layout.height * 4);
  for (let t = 0; t < layout.shown; t++) {
    const tile = tiles[t]!;
    const left = (t % layout.columns) * (tile.width + 1);
    const top = Math.floor(t / layout.columns) * (tile.height + 1);
    for (let y = 0; y < tile.height; y++)
      for (let x = 0; x < tile.width; x++) {
        const v = tile.at(x, y);
        const p = ((top + y) * layout.width + left + x) * 4;
        pixels[p] = COLOURS[v * 3]!;
        pixels[p + 1] = COLOURS[v * 3 + 1]!;
        pixels[p + 2] = COLOURS[v * 3 + 2]!;
        pixels[p + 3] = 255;
      }
  }
  return pixels;
}

/** A value as the map's byte stands for it: min + byte / 255 · (max − min). */
export const valueOf = (map: ActivationMap, byte: number): number =>
  map.min + (byte / 255) * (map.max - map.min);
