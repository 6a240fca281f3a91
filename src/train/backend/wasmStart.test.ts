import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../compiler/tf';
import { heapMemory } from './kernels/heap';
import { selectBackend, type SelectedBackend } from './select';
import { onBackend, relativeError, seededValues } from './testing/compare';
import { runningWasmBuild } from './wasmStart';
import { WASM_THREADS_ENV } from './wasmThreads';

let tf: Tf;
let chosen: SelectedBackend;

beforeAll(async () => {
  tf = await loadTf();
  // Threads turned off, whatever the machine: the package's own single-threaded build.
  chosen = await selectBackend({ env: { [WASM_THREADS_ENV]: '0' } });
});

describe('the wasm backend with threads turned off', () => {
  it('runs the single-threaded SIMD build, and says why', () => {
    expect(chosen.name).toBe('wasm');
    expect(chosen.reason).toMatch(/; SIMD, 1 thread \(NEUROCANVAS_WASM_THREADS=0\)$/);
    expect(runningWasmBuild()).toEqual({
      simd: true,
      threads: 1,
      note: `${WASM_THREADS_ENV}=0`,
    });
    // Its memory is its own, not shared with threads.
    const memory = heapMemory(tf.backend());
    expect(memory?.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('keeps its build once started, whatever a later selection asks', async () => {
    const again = await selectBackend({ requested: 'wasm', env: { [WASM_THREADS_ENV]: '2' } });
    expect(again.reason).toBe(
      `wasm: requested by --backend; SIMD, 1 thread (${WASM_THREADS_ENV}=0)`,
    );
  });

  it('computes as the cpu backend does', async () => {
    const a = seededValues(64 * 96, 1);
    const b = seededValues(96 * 32, 2);
    const product = () => tf.matMul(tf.tensor2d(a, [64, 96]), tf.tensor2d(b, [96, 32]));
    const [expected] = await onBackend(tf, 'cpu', product);
    const [actual] = await onBackend(tf, 'wasm', product);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });
});
