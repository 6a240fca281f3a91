/**
 * WebAssembly SIMD code for the filter gradient of a 2-D convolution, written for one layer's
 * geometry at a time (its sizes become constants in the code: offsets of loads and strides).
 *
 * The gradient is cut into tiles: a few taps (kh,kw) × a few input channels × a few groups of
 * four output channels. One call sums one tile over every output position of the batch,
 * keeping its sums in registers:
 *
 *   for each position p = (n,i,j):  d[v] ← dy[p, 4v…4v+3]                    (vector loads)
 *     for each tap t, channel c:    s ← x[window corner of p + tap t, c]     (one float, ×4)
 *                                   sum[t,c,v] += s · d[v]
 *
 * and stores the sums once at the end. x has had its padding written out, so every tap of
 * every position reads inside x and the loops need no bounds. When the output channels are not
 * a multiple of four, the last group's extra lanes read the next pixel's values (or up to 12
 * bytes past dy): their sums are garbage and are never copied into the result.
 */
import {
  I32,
  V128,
  instantiate,
  isSharedMemory,
  moduleBytes,
  op,
  type FunctionSpec,
  type WasmMemory,
} from './wasmBinary';
import { advance, countDown } from './wasmLoops';

/** One layer's geometry, in floats unless said otherwise. */
export interface TileGeometry {
  inChannels: number;
  /** Groups of four output channels: ⌈Co / 4⌉. */
  vectors: number;
  outChannels: number;
  outHeight: number;
  outWidth: number;
  /** From one position's window to the next one's along a row: stride · Ci. */
  xPixel: number;
  /** From one row of windows to the next: stride · padded width · Ci. */
  xRow: number;
  /** One padded image: padded height · padded width · Ci. */
  xImage: number;
  /** From a window's corner to each tap (kh,kw), row-major: (kh·dh·Wp + kw·dw) · Ci. */
  tapOffsets: number[];
}

/** A tile's extent: `taps` taps from `firstTap`, `channels` input channels, `vectors` groups. */
export interface TileShape {
  firstTap: number;
  taps: number;
  channels: number;
  vectors: number;
}

/**
 * (x, dy, out byte addresses, batch size). x points at the tile's first input channel in the
 * first image, dy at its first output channel of the first position, out at its first sum in
 * the padded gradient [KH·KW, Ci, ⌈Co/4⌉·4].
 */
export type TileKernel = (x: number, dy: number, out: number, batch: number) => void;

/**
 * x86-64 has 16 vector registers. A tile's sums, its dy vectors and the float being spread
 * must fit, or the compiled loop spills to memory on every position.
 */
const REGISTERS = 16;

/**
 * How big a tile is: as many groups of output channels as fit (up to four), then as many
 * (tap, channel) pairs as the remaining registers allow, channels first.
 */
export function tileSize(
  inChannels: number,
  vectors: number,
  taps: number,
): { taps: number; channels: number; vectors: number } {
  const v = Math.min(vectors, 4);
  const pairs = Math.max(1, Math.floor((REGISTERS - 2 - v) / v));
  const channels = Math.min(inChannels, pairs);
  return { taps: Math.min(taps, Math.max(1, Math.floor(pairs / channels))), channels, vectors: v };
}

// Parameters, then locals, by index.
const [X, DY, OUT, BATCH] = [0, 1, 2, 3];
const [ROWS, COLS, XROW, XAT] = [4, 5, 6, 7];
const SPREAD = 8;
const FIRST_DY = 9;

function tileFunction(g: TileGeometry, tile: TileShape, exportName: string): FunctionSpec {
  const firstSum = FIRST_DY + tile.vectors;
  const sum = (t: number, c: number, v: number) =>
    firstSum + (t * tile.channels + c) * tile.vectors + v;
  const sums = tile.taps * tile.channels * tile.vectors;
  const position: number[][] = [];
  for (let v = 0; v < tile.vectors; v++)
    position.push([...op.get(DY), ...op.loadAt(v * 16), ...op.set(FIRST_DY + v)]);
  for (let t = 0; t < tile.taps; t++) {
    const tap = g.tapOffsets[tile.firstTap + t]!;
    for (let c = 0; c < tile.channels; c++) {
      position.push([...op.get(XAT), ...op.splatAt((tap + c) * 4), ...op.set(SPREAD)]);
      for (let v = 0; v < tile.vectors; v++) {
        const s = sum(t, c, v);
        position.push([
          ...op.get(s),
          ...op.get(SPREAD),
          ...op.get(FIRST_DY + v),
          ...op.f32x4Mul,
          ...op.f32x4Add,
          ...op.set(s),
        ]);
      }
    }
  }
  const stores: number[][] = [];
  for (let t = 0; t < tile.taps; t++) {
    for (let c = 0; c < tile.channels; c++) {
      for (let v = 0; v < tile.vectors; v++) {
        const at = ((t * g.inChannels + c) * g.vectors + v) * 16;
        stores.push([...op.get(OUT), ...op.get(sum(t, c, v)), ...op.storeAt(at)]);
      }
    }
  }
  const body = [
    op.loop, // images
    [...op.get(X), ...op.set(XROW), ...op.i32(g.outHeight), ...op.set(ROWS)],
    op.loop, // rows of positions
    [...op.get(XROW), ...op.set(XAT), ...op.i32(g.outWidth), ...op.set(COLS)],
    op.loop, // positions along the row
    ...position,
    advance(XAT, g.xPixel * 4),
    advance(DY, g.outChannels * 4),
    countDown(COLS),
    op.end,
    advance(XROW, g.xRow * 4),
    countDown(ROWS),
    op.end,
    advance(X, g.xImage * 4),
    countDown(BATCH),
    op.end,
    ...stores,
  ];
  return {
    exportName,
    params: [I32, I32, I32, I32],
    locals: [I32, I32, I32, I32, V128, ...Array<number>(tile.vectors + sums).fill(V128)],
    body,
  };
}

const tileName = (t: TileShape) => `t${t.firstTap}_${t.taps}_${t.channels}_${t.vectors}`;

interface PlannedTile {
  shape: TileShape;
  /** Byte offsets of the tile's first input channel, first output channel and first sum. */
  x: number;
  dy: number;
  out: number;
}

/** Every tile of a layer's gradient, in the order they are run. */
export function planTiles(g: TileGeometry): PlannedTile[] {
  const size = tileSize(g.inChannels, g.vectors, g.tapOffsets.length);
  const tiles: PlannedTile[] = [];
  for (let firstTap = 0; firstTap < g.tapOffsets.length; firstTap += size.taps) {
    const taps = Math.min(size.taps, g.tapOffsets.length - firstTap);
    for (let channel = 0; channel < g.inChannels; channel += size.channels) {
      const channels = Math.min(size.channels, g.inChannels - channel);
      for (let vector = 0; vector < g.vectors; vector += size.vectors) {
        const vectors = Math.min(size.vectors, g.vectors - vector);
        tiles.push({
          shape: { firstTap, taps, channels, vectors },
          x: channel * 4,
          dy: vector * 16,
          out: ((firstTap * g.inChannels + channel) * g.vectors + vector) * 16,
        });
      }
    }
  }
  return tiles;
}

/** The module holding one function per distinct tile shape of `g`. */
export function tileModule(g: TileGeometry, sharedMemory: boolean): Uint8Array {
  const shapes = new Map<string, TileShape>();
  for (const { shape } of planTiles(g)) shapes.set(tileName(shape), shape);
  const functions = [...shapes.entries()].map(([name, shape]) => tileFunction(g, shape, name));
  return moduleBytes(functions, { sharedMemory });
}

/** A layer's tiles, each with its compiled code. */
export type TilePlan = (PlannedTile & { kernel: TileKernel })[];

const compiled = new WeakMap<WasmMemory, Map<string, TilePlan | null>>();

/** Geometries kept compiled per memory; a model has a few convolutions, each one geometry. */
const KEEP = 32;

/**
 * The tiles of `g` compiled for `memory`, or null where WebAssembly SIMD is not available.
 * Compiled once per geometry and kept.
 */
export function tilePlan(memory: WasmMemory, g: TileGeometry): TilePlan | null {
  let cache = compiled.get(memory);
  if (!cache) compiled.set(memory, (cache = new Map()));
  const key = JSON.stringify(g);
  if (!cache.has(key)) {
    if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
    const exports = instantiate(tileModule(g, isSharedMemory(memory)), memory);
    const plan = exports
      ? planTiles(g).map((t) => ({ ...t, kernel: exports[tileName(t.shape)] as TileKernel }))
      : null;
    cache.set(key, plan);
  }
  return cache.get(key)!;
}

/** Runs every tile; addresses in bytes (see TileKernel). */
export function runTiles(
  plan: TilePlan,
  at: { x: number; dy: number; out: number },
  batch: number,
): void {
  for (const tile of plan) tile.kernel(at.x + tile.x, at.dy + tile.dy, at.out + tile.out, batch);
}
