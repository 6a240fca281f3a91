/**
 * How many threads the WebAssembly backend computes on, and so which of its builds runs: the
 * multi-threaded SIMD build for two threads or more, the package's own single-threaded build
 * (SIMD where the engine has it) for one.
 *
 * One thread unless asked: measured on 2 cores, training the benchmark models on two threads
 * was slower, not faster (the kernels of small models are too short to share, and each shared
 * one waits for the slower thread); only large kernels gained (a 512³ matrix product ran 2×
 * faster). Whether more cores change that is not measured, so threads are opt-in.
 *
 * NEUROCANVAS_WASM_THREADS asks: a number for that many threads (0 or 1 for one), or 'auto' for
 * the rule the package applies in browsers: half the logical cores, at most 8 (the halving
 * assumes two hardware threads per core and keeps a core free for the trainer's JavaScript).
 */
import { why, whyText, type Why } from './why';

export const WASM_THREADS_ENV = 'NEUROCANVAS_WASM_THREADS';

/** The backend starts 8 workers with its memory, and its thread pool never uses more. */
export const MAX_WASM_THREADS = 8;

export interface WasmThreads {
  /** 1 for the single-threaded build, 2 to 8 for the multi-threaded one. */
  threads: number;
  /** Set when the variable decided (or was ignored): says so in the run's reason. */
  note?: string;
}

/** The thread count for `cores` logical cores and the variable's text, if any. */
export function wasmThreads(cores: number, text: string | undefined): WasmThreads {
  const byRule = Math.min(Math.max(Math.floor(cores / 2), 1), MAX_WASM_THREADS);
  const value = (text ?? '').trim().toLowerCase();
  if (value === '') return { threads: 1 };
  if (value === 'auto') return { threads: byRule, note: `${WASM_THREADS_ENV}=auto` };
  if (!/^\d+$/.test(value)) {
    return {
      threads: 1,
      note: `${WASM_THREADS_ENV}="${text!.trim()}" is not a number of threads, ignored`,
    };
  }
  const threads = Math.min(Math.max(Number(value), 1), MAX_WASM_THREADS);
  return { threads, note: `${WASM_THREADS_ENV}=${value}` };
}

/** Which build ran, as a part of the backend's reason (see `why.ts`). */
export function wasmBuildWhy(build: { simd: boolean; threads: number; note?: string }): Why {
  const values = { simd: build.simd ? 'yes' : 'no', threads: build.threads };
  return build.note
    ? why('wasm-build-note', { ...values, note: build.note })
    : why('wasm-build', values);
}

/**
 * What ran, for people: "SIMD, 2 threads", "SIMD, 1 thread (NEUROCANVAS_WASM_THREADS=0)",
 * "no SIMD, 1 thread".
 */
export function describeWasmBuild(build: {
  simd: boolean;
  threads: number;
  note?: string;
}): string {
  return whyText(wasmBuildWhy(build));
}
