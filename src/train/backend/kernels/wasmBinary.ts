/**
 * Just enough of the WebAssembly binary format to write one small module by hand: a module
 * that imports a memory and exports functions, with i32 and v128 locals and the handful of
 * instructions the kernels beside this file use. (Binary format 1.0 with the fixed-width
 * SIMD proposal; opcode numbers as in the specification.)
 */

/**
 * A WebAssembly.Memory (this project's TypeScript setup has no WebAssembly types). The
 * multi-threaded backend's memory is shared between threads: its buffer is a SharedArrayBuffer.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
}

interface WasmApi {
  Memory: abstract new (...args: never[]) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}

const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

export function isWasmMemory(value: unknown): value is WasmMemory {
  return api !== undefined && value instanceof api.Memory;
}

/** Whether `memory` is shared between threads (then a module must import it as shared). */
export function isSharedMemory(memory: WasmMemory): boolean {
  return typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;
}

/**
 * Compiles `bytes` and instantiates them on `memory` (imported as env.memory), returning the
 * exports, or null where this engine cannot run them (no WebAssembly, or no SIMD).
 */
export function instantiate(bytes: Uint8Array, memory: WasmMemory): Record<string, unknown> | null {
  if (!api?.validate(bytes)) return null;
  return new api.Instance(new api.Module(bytes), { env: { memory } }).exports;
}

/** Unsigned LEB128, as sizes, counts and indices are written. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128, as i32.const immediates are written. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (text: string) => vec([...new TextEncoder().encode(text)].map((b) => [b]));
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;

/** Instructions, as byte sequences to concatenate. */
export const op = {
  loop: [0x03, 0x40],
  /** A block without results: `br`/`br_if` to it jumps past its `end`. */
  block: [0x02, 0x40],
  end: [0x0b],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32: (value: number) => [0x41, ...sleb(value)],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32LtU: [0x49],
  /** f32.load (alignment hint 4 bytes, offset 0), f32.const and f32.eq on scalars. */
  f32Load: [0x2a, 0x02, 0x00],
  f32: (value: number) => [0x43, ...new Uint8Array(Float32Array.of(value).buffer)],
  f32Eq: [0x5b],
  /** v128.load / v128.store with alignment hint 1 and offset 0 (any address is allowed). */
  load: [0xfd, 0x00, 0x00, 0x00],
  store: [0xfd, 0x0b, 0x00, 0x00],
  /** The same, `offset` bytes past the address on the stack. */
  loadAt: (offset: number) => [0xfd, 0x00, 0x00, ...uleb(offset)],
  storeAt: (offset: number) => [0xfd, 0x0b, 0x00, ...uleb(offset)],
  /** v128.load32_splat: one float from `offset` bytes past the address, in all four lanes. */
  splatAt: (offset: number) => [0xfd, 0x09, 0x00, ...uleb(offset)],
  i32x4: (lanes: [number, number, number, number]) => [
    0xfd,
    0x0c,
    ...new Uint8Array(Int32Array.from(lanes).buffer),
  ],
  f32x4: (lanes: [number, number, number, number]) => [
    0xfd,
    0x0c,
    ...new Uint8Array(Float32Array.from(lanes).buffer),
  ],
  i32x4Eq: [0xfd, 0x37],
  f32x4Eq: [0xfd, 0x41],
  f32x4Ne: [0xfd, 0x42],
  f32x4Gt: [0xfd, 0x44],
  and: [0xfd, 0x4e],
  or: [0xfd, 0x50],
  /** bitselect(a, b, mask): a's bits where mask is 1, b's where it is 0. */
  bitselect: [0xfd, 0x52],
  f32x4Add: [0xfd, ...uleb(0xe4)],
  f32x4Sub: [0xfd, ...uleb(0xe5)],
  f32x4Mul: [0xfd, ...uleb(0xe6)],
  f32x4Div: [0xfd, ...uleb(0xe7)],
  f32x4Sqrt: [0xfd, ...uleb(0xe3)],
  /** f32x4.splat: the float on the stack in all four lanes. */
  f32x4Splat: [0xfd, 0x13],
};

export interface FunctionSpec {
  exportName: string;
  params: number[];
  locals: number[];
  body: number[][];
}

/** The largest memory a 32-bit module addresses, in 64 KiB pages (4 GiB). */
const MAX_PAGES = 65536;

/**
 * Memory limits as an import declares them: flags 0x00 and a minimum for an ordinary memory;
 * flags 0x03 (shared, with a maximum), a minimum and a maximum for a shared one, which must
 * state a maximum at least as large as the imported memory's own.
 */
const memoryLimits = (shared: boolean) =>
  shared ? [0x03, ...uleb(0), ...uleb(MAX_PAGES)] : [0x00, ...uleb(0)];

/**
 * A module importing `env.memory` and exporting each function under its name. A module that
 * will run on a shared memory must say so (`sharedMemory`): an import is matched only by a
 * memory of the same kind.
 */
export function moduleBytes(
  functions: FunctionSpec[],
  options: { sharedMemory?: boolean } = {},
): Uint8Array {
  const types = functions.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec([])]);
  const limits = memoryLimits(options.sharedMemory ?? false);
  const memoryImport = [...name('env'), ...name('memory'), 0x02, ...limits];
  const bodies = functions.map((f) => {
    const locals = vec(f.locals.map((t) => [...uleb(1), t]));
    const code = [...locals, ...f.body.flat(), ...op.end];
    return [...uleb(code.length), ...code];
  });
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(2, vec([memoryImport])),
    ...section(3, vec(functions.map((_, i) => uleb(i)))),
    ...section(7, vec(functions.map((f, i) => [...name(f.exportName), 0x00, ...uleb(i)]))),
    ...section(10, vec(bodies)),
  ]);
}

const compiled = new WeakMap<WasmMemory, Map<string, unknown>>();

/**
 * The function `spec` describes, compiled into a module of its own on `memory` once per `key`
 * (the geometry it was written for), or null where this engine cannot run it.
 */
export function compileFunction<T>(
  memory: WasmMemory,
  key: string,
  spec: () => FunctionSpec,
): T | null {
  let cache = compiled.get(memory);
  if (!cache) compiled.set(memory, (cache = new Map()));
  if (!cache.has(key)) {
    const f = spec();
    const exports = instantiate(moduleBytes([f], { sharedMemory: isSharedMemory(memory) }), memory);
    cache.set(key, exports ? exports[f.exportName] : null);
  }
  return cache.get(key) as T | null;
}
