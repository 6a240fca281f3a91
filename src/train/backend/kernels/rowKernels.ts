/**
 * WebAssembly SIMD loops over a tensor read as rows [rows, 4·quads] and a short vector of one
 * row's length, the shapes of a convolution's bias: its addition to every pixel of a feature
 * map ([N,H,W,C] + [C]) and its gradient (the sum of dy [N,H,W,C] over every pixel, [C]).
 *
 * - `binary`: out[r,k] = big[r,k] ∘ small[k] (or small[k] ∘ big[r,k]) for ∘ one of + − × ÷,
 *   with the short vector held in registers;
 * - `sum`: out[k] += Σ_r x[r,k], with `lanes` rows summed side by side into separate registers
 *   (so that consecutive additions do not wait for each other) and added together at the end.
 *
 * Both take at most MAX_QUADS groups of four (32 floats) per row, which is all the registers
 * allow; each is written for one row length, and compiled once per length.
 */
import {
  I32,
  V128,
  compileFunction,
  op,
  uleb,
  type FunctionSpec,
  type WasmMemory,
} from './wasmBinary';
import { advance, countDown } from './wasmLoops';

export const MAX_QUADS = 8;

export type BinaryOp = 'Add' | 'Sub' | 'Multiply' | 'RealDiv';

const OPCODES: Record<BinaryOp, number[]> = {
  Add: [0xfd, ...uleb(0xe4)],
  Sub: [0xfd, ...uleb(0xe5)],
  Multiply: [0xfd, ...uleb(0xe6)],
  RealDiv: [0xfd, ...uleb(0xe7)],
};

/** (big, small, out byte addresses, rows ≥ 1). */
export type BinaryRows = (big: number, small: number, out: number, rows: number) => void;
/** (x, out byte addresses, steps ≥ 1 of `lanes` rows each, bytes per row). */
export type SumRows = (x: number, out: number, steps: number, rowBytes: number) => void;

function binaryFunction(name: BinaryOp, smallFirst: boolean, quads: number): FunctionSpec {
  const [BIG, SMALL, OUT, ROWS] = [0, 1, 2, 3];
  const FIRST = 4;
  const body: number[][] = [];
  for (let q = 0; q < quads; q++)
    body.push([...op.get(SMALL), ...op.loadAt(q * 16), ...op.set(FIRST + q)]);
  body.push(op.loop);
  for (let q = 0; q < quads; q++) {
    const big = [...op.get(BIG), ...op.loadAt(q * 16)];
    const small = op.get(FIRST + q);
    const [a, b] = smallFirst ? [small, big] : [big, small];
    body.push([...op.get(OUT), ...a, ...b, ...OPCODES[name], ...op.storeAt(q * 16)]);
  }
  body.push(advance(BIG, quads * 16), advance(OUT, quads * 16), countDown(ROWS), op.end);
  return {
    exportName: 'binary',
    params: [I32, I32, I32, I32],
    locals: Array<number>(quads).fill(V128),
    body,
  };
}

/** Rows summed side by side: enough registers in flight to hide an addition's latency. */
export function sumLanes(quads: number): number {
  return Math.max(1, Math.floor(MAX_QUADS / quads));
}

function sumFunction(quads: number, lanes: number): FunctionSpec {
  const [X, OUT, STEPS, ROW_BYTES] = [0, 1, 2, 3];
  const FIRST = 4;
  const acc = (lane: number, q: number) => FIRST + lane * quads + q;
  const body: number[][] = [op.loop];
  for (let lane = 0; lane < lanes; lane++) {
    for (let q = 0; q < quads; q++) {
      body.push([...op.get(acc(lane, q)), ...op.get(X), ...op.loadAt(q * 16), ...op.f32x4Add]);
      body.push(op.set(acc(lane, q)));
    }
    body.push([...op.get(X), ...op.get(ROW_BYTES), ...op.i32Add, ...op.set(X)]);
  }
  body.push(countDown(STEPS), op.end);
  for (let q = 0; q < quads; q++) {
    const total = [...op.get(OUT), ...op.loadAt(q * 16)];
    for (let lane = 0; lane < lanes; lane++) total.push(...op.get(acc(lane, q)), ...op.f32x4Add);
    body.push([...op.get(OUT), ...total, ...op.storeAt(q * 16)]);
  }
  return {
    exportName: 'sum',
    params: [I32, I32, I32, I32],
    locals: Array<number>(quads * lanes).fill(V128),
    body,
  };
}

/** The binary loop for rows of `quads` groups of four, or null without SIMD. */
export function binaryRows(
  memory: WasmMemory,
  name: BinaryOp,
  smallFirst: boolean,
  quads: number,
): BinaryRows | null {
  return compileFunction(memory, `${name} ${smallFirst} ${quads}`, () =>
    binaryFunction(name, smallFirst, quads),
  );
}

/** The summing loop for rows of `quads` groups of four, `lanes` rows a step, or null. */
export function sumRows(memory: WasmMemory, quads: number, lanes: number): SumRows | null {
  return compileFunction(memory, `sum ${quads} ${lanes}`, () => sumFunction(quads, lanes));
}
