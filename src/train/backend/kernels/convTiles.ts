/**
 * WebAssembly SIMD code for a 2-D convolution with few taps·input channels, written for one
 * layer's geometry at a time (its sizes become constants: load offsets and strides).
 *
 * The output [N,Ho,Wo,Co] is computed in tiles of two neighbouring positions along a row ×
 * two groups of four output channels, the tile's sums in registers:
 *
 *   for each tap t and input channel c:   w[v] ← W[t, c, 4v…4v+3]                  (vector loads)
 *     for each position p of the tile:     s ← x[window corner of p + tap t, c]     (one float, ×4)
 *                                          sum[p,v] += s · w[v]
 *
 * then stored once, with the taps and channels unrolled. Every window must lie inside x (the
 * caller sees to it). Where this beats the backend's own convolution (XNNPACK) is narrow, and
 * conv2dTiled.ts says where.
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

/** One layer's geometry, in floats. Output channels come in whole groups of eight. */
export interface ConvGeometry {
  inChannels: number;
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

/** (x, filter, out byte addresses, batch size); filter and out at the tile's first channel. */
export type ConvKernel = (x: number, filter: number, out: number, batch: number) => void;

/**
 * Groups of four output channels per tile, and positions per tile: of the sizes tried, 2 × 2
 * ran fastest (larger tiles, though they fit in the registers, ran slower).
 */
const TILE = { vectors: 2, positions: 2 };

// Parameters, then locals, by index.
const [X, FILTER, OUT, BATCH] = [0, 1, 2, 3];
const [ROWS, GROUPS, XROW, XAT] = [4, 5, 6, 7];
const SPREAD = 8;
const FIRST_W = 9;

function convFunction(g: ConvGeometry, exportName: string): FunctionSpec {
  const size = TILE;
  const firstSum = FIRST_W + size.vectors;
  const sum = (p: number, v: number) => firstSum + p * size.vectors + v;

  /** One tile of `positions` positions, then x and out move past it. */
  const tile = (positions: number): number[][] => {
    const code: number[][] = [];
    for (let s = 0; s < positions * size.vectors; s++)
      code.push([...op.f32x4([0, 0, 0, 0]), ...op.set(firstSum + s)]);
    g.tapOffsets.forEach((tap, t) => {
      for (let c = 0; c < g.inChannels; c++) {
        const w = (t * g.inChannels + c) * g.outChannels * 4;
        for (let v = 0; v < size.vectors; v++)
          code.push([...op.get(FILTER), ...op.loadAt(w + v * 16), ...op.set(FIRST_W + v)]);
        for (let p = 0; p < positions; p++) {
          const x = (p * g.xPixel + tap + c) * 4;
          code.push([...op.get(XAT), ...op.splatAt(x), ...op.set(SPREAD)]);
          for (let v = 0; v < size.vectors; v++) {
            code.push([
              ...op.get(sum(p, v)),
              ...op.get(SPREAD),
              ...op.get(FIRST_W + v),
              ...op.f32x4Mul,
              ...op.f32x4Add,
              ...op.set(sum(p, v)),
            ]);
          }
        }
      }
    });
    for (let p = 0; p < positions; p++)
      for (let v = 0; v < size.vectors; v++)
        code.push([
          ...op.get(OUT),
          ...op.get(sum(p, v)),
          ...op.storeAt((p * g.outChannels + 4 * v) * 4),
        ]);
    code.push(advance(XAT, positions * g.xPixel * 4), advance(OUT, positions * g.outChannels * 4));
    return code;
  };

  const groups = Math.floor(g.outWidth / size.positions);
  const rest = g.outWidth % size.positions;
  const row: number[][] = [[...op.get(XROW), ...op.set(XAT)]];
  if (groups > 0) {
    row.push(
      [...op.i32(groups), ...op.set(GROUPS)],
      op.loop,
      ...tile(size.positions),
      countDown(GROUPS),
      op.end,
    );
  }
  if (rest > 0) row.push(...tile(rest));
  // Each row of the output is written in full (all its channels of this tile's groups); out
  // then moves on to the next row's first position, at the same channel.
  const body = [
    op.loop, // images
    [...op.get(X), ...op.set(XROW), ...op.i32(g.outHeight), ...op.set(ROWS)],
    op.loop, // rows of positions
    ...row,
    advance(XROW, g.xRow * 4),
    countDown(ROWS),
    op.end,
    advance(X, g.xImage * 4),
    countDown(BATCH),
    op.end,
  ];
  return {
    exportName,
    params: [I32, I32, I32, I32],
    locals: [
      I32,
      I32,
      I32,
      I32,
      V128,
      ...Array<number>(size.vectors * (1 + size.positions)).fill(V128),
    ],
    body,
  };
}

const compiled = new WeakMap<WasmMemory, Map<string, ConvKernel | null>>();

/** Geometries kept compiled per memory; a model has a few convolutions, each one geometry. */
const KEEP = 32;

/** The kernel for `g` compiled for `memory`, or null where WebAssembly SIMD is not available. */
export function convKernel(memory: WasmMemory, g: ConvGeometry): ConvKernel | null {
  let cache = compiled.get(memory);
  if (!cache) compiled.set(memory, (cache = new Map()));
  const key = JSON.stringify(g);
  if (!cache.has(key)) {
    if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
    const bytes = moduleBytes([convFunction(g, 'conv')], { sharedMemory: isSharedMemory(memory) });
    const exports = instantiate(bytes, memory);
    cache.set(key, exports ? (exports.conv as ConvKernel) : null);
  }
  return cache.get(key)!;
}

/** Runs the kernel once per tile's groups of output channels; addresses in bytes. */
export function runConv(
  kernel: ConvKernel,
  g: ConvGeometry,
  at: { x: number; filter: number; out: number },
  batch: number,
): void {
  const step = TILE.vectors * 16;
  for (let offset = 0; offset < g.outChannels * 4; offset += step) {
    kernel(at.x, at.filter + offset, at.out + offset, batch);
  }
}
