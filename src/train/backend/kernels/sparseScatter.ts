/**
 * WebAssembly SIMD code for a convolution's gradients when dy is mostly zeros, as it is below a
 * ReLU and a max pooling (one value in four survives a 2×2 pooling). It visits every value of
 * one row of dy and skips the zeros; each other value d = dy[n,i,j,co] meets one window of the
 * layer's geometry, KH rows of KW·Ci consecutive floats (stride any, dilation 1):
 *
 * - 'input':  the rows of the padded input gradient under the window gain d · Wt[co]
 *             (dx[n, i·sh + kh, j·sw + kw, ci] += d · W[kh,kw,ci,co]);
 * - 'filter': the filter gradient's block of co gains d · the window of the padded input
 *             (dW[kh,kw,ci,co] += d · x[n, i·sh + kh, j·sw + kw, ci]).
 *
 * "A" is the tensor laid out as the layer's input (padded), "B" the one laid out per output
 * channel as [Co][KH][KW][Ci]. Each function is written for one geometry: its sizes are
 * constants in the code, and the KH × KW·Ci/4 vector steps of a window are written out.
 */
import { I32, V128, compileFunction, op, type FunctionSpec, type WasmMemory } from './wasmBinary';
import { advance, countDown } from './wasmLoops';

export type ScatterMode = 'input' | 'filter';

/** One layer's geometry, in floats unless said otherwise. */
export interface ScatterGeometry {
  /** Positions in a row of dy, and output channels. */
  outWidth: number;
  outChannels: number;
  KH: number;
  /** KW · Ci, a multiple of four. */
  windowRow: number;
  /** From one row of the padded layer input to the next: Wp · Ci. */
  aRow: number;
  /** From one position's window to the next along a row: sw · Ci. */
  aStep: number;
}

/** Window rows written out at most (a longer window would make an oversized function). */
export const MAX_VECTORS = 512;

/** (dy row, A at the row's first window, B at channel 0), byte addresses. */
export type ScatterRow = (dy: number, a: number, b: number) => void;

function scatterFunction(mode: ScatterMode, g: ScatterGeometry): FunctionSpec {
  const [Y, A, B0, J, C, B, D] = [0, 1, 2, 3, 4, 5, 6];
  const quads = g.windowRow / 4;
  const window: number[][] = [];
  for (let kh = 0; kh < g.KH; kh++) {
    for (let q = 0; q < quads; q++) {
      const atA = (kh * g.aRow + q * 4) * 4;
      const atB = (kh * g.windowRow + q * 4) * 4;
      // target += d · source, four floats at a time.
      const [target, targetAt, source, sourceAt] =
        mode === 'input' ? [A, atA, B, atB] : [B, atB, A, atA];
      window.push([
        ...op.get(target),
        ...op.get(target),
        ...op.loadAt(targetAt),
        ...op.get(source),
        ...op.loadAt(sourceAt),
        ...op.get(D),
        ...op.f32x4Mul,
        ...op.f32x4Add,
        ...op.storeAt(targetAt),
      ]);
    }
  }
  const body: number[][] = [
    [...op.i32(g.outWidth), ...op.set(J)],
    op.loop,
    [...op.get(B0), ...op.set(B), ...op.i32(g.outChannels), ...op.set(C)],
    op.loop,
    op.block,
    // A zero (either sign) adds nothing: on to the next value. NaN is not equal to 0, so it
    // spreads as it would in any product.
    [...op.get(Y), ...op.f32Load, ...op.f32(0), ...op.f32Eq, ...op.brIf(0)],
    [...op.get(Y), ...op.splatAt(0), ...op.set(D)],
    ...window,
    op.end,
    advance(Y, 4),
    advance(B, g.KH * g.windowRow * 4),
    countDown(C),
    op.end,
    advance(A, g.aStep * 4),
    countDown(J),
    op.end,
  ];
  return { exportName: 'scatter', params: [I32, I32, I32], locals: [I32, I32, I32, V128], body };
}

/** The row function for `mode` and `g`, compiled once per memory; null without SIMD. */
export function scatterRow(
  memory: WasmMemory,
  mode: ScatterMode,
  g: ScatterGeometry,
): ScatterRow | null {
  if (g.windowRow % 4 !== 0 || (g.KH * g.windowRow) / 4 > MAX_VECTORS) return null;
  const key = `scatter ${mode} ${g.outWidth} ${g.outChannels} ${g.KH} ${g.windowRow} ${g.aRow} ${g.aStep}`;
  return compileFunction(memory, key, () => scatterFunction(mode, g));
}
