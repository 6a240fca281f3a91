import { describe, expect, it } from 'vitest';
import { describeWasmBuild, wasmThreads } from './wasmThreads';

describe('wasmThreads', () => {
  it.each([
    // By the rule: half the logical cores, at least 1, at most 8.
    { cores: 1, text: undefined, threads: 1, note: undefined },
    { cores: 2, text: undefined, threads: 1, note: undefined },
    { cores: 3, text: '', threads: 1, note: undefined },
    { cores: 4, text: ' auto ', threads: 2, note: 'NEUROCANVAS_WASM_THREADS=auto' },
    { cores: 8, text: undefined, threads: 1, note: undefined },
    { cores: 8, text: 'auto', threads: 4, note: 'NEUROCANVAS_WASM_THREADS=auto' },
    { cores: 32, text: 'auto', threads: 8, note: 'NEUROCANVAS_WASM_THREADS=auto' },
    // By the variable: a count, kept between 1 and 8.
    { cores: 8, text: '0', threads: 1, note: 'NEUROCANVAS_WASM_THREADS=0' },
    { cores: 8, text: '1', threads: 1, note: 'NEUROCANVAS_WASM_THREADS=1' },
    { cores: 2, text: ' 2', threads: 2, note: 'NEUROCANVAS_WASM_THREADS=2' },
    { cores: 2, text: '12', threads: 8, note: 'NEUROCANVAS_WASM_THREADS=12' },
    // Not a count: the default, and a word about it.
    {
      cores: 8,
      text: 'many',
      threads: 1,
      note: 'NEUROCANVAS_WASM_THREADS="many" is not a number of threads, ignored',
    },
    {
      cores: 2,
      text: '-3',
      threads: 1,
      note: 'NEUROCANVAS_WASM_THREADS="-3" is not a number of threads, ignored',
    },
  ])('$cores cores and "$text": $threads', ({ cores, text, threads, note }) => {
    expect(wasmThreads(cores, text)).toEqual(note === undefined ? { threads } : { threads, note });
  });
});

describe('describeWasmBuild', () => {
  it.each([
    { build: { simd: true, threads: 2 }, text: 'SIMD, 2 threads' },
    { build: { simd: false, threads: 1 }, text: 'no SIMD, 1 thread' },
    {
      build: { simd: true, threads: 1, note: 'NEUROCANVAS_WASM_THREADS=0' },
      text: 'SIMD, 1 thread (NEUROCANVAS_WASM_THREADS=0)',
    },
  ])('$text', ({ build, text }) => expect(describeWasmBuild(build)).toBe(text));
});
