import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor, Variable } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../compiler/tf';
import { heapMemory } from './kernels/heap';
import { convKernel } from './kernels/convTiles';
import { tilePlan } from './kernels/filterGradientTiles';
import { pairRowKernel } from './kernels/maxPoolPairs';
import { binaryRows, sumRows } from './kernels/rowKernels';
import { loadOptionalPackage } from './optionalPackage';
import { selectBackend, type SelectedBackend } from './select';
import { relativeError } from './testing/compare';
import { readDigits } from './testing/digits';
import { WASM_PACKAGE, threadedWasmFiles, type ThreadedWasmFiles } from './wasmFiles';
import { runningWasmBuild } from './wasmStart';
import { startThreadedWasm, type WasmPackage } from './wasmThreadedBuild';
import { WASM_THREADS_ENV } from './wasmThreads';

// Two threads, asked for: by the default rule a 2-core machine would get one.
const TWO_THREADS = { [WASM_THREADS_ENV]: '2' };

let tf: Tf;
let chosen: SelectedBackend;
let pkg: WasmPackage;
let files: ThreadedWasmFiles;

beforeAll(async () => {
  tf = await loadTf();
  chosen = await selectBackend({ requested: 'wasm', env: TWO_THREADS });
  const loaded = await loadOptionalPackage<WasmPackage>(WASM_PACKAGE);
  if (!loaded.ok) throw new Error(loaded.why);
  pkg = loaded.module;
  const found = threadedWasmFiles();
  if ('why' in found) throw new Error(found.why);
  files = found;
});

describe('the multi-threaded SIMD build in Node', () => {
  it('is the build that runs when two threads are asked for, and says so', () => {
    expect(chosen.reason).toBe(
      `wasm: requested by --backend; SIMD, 2 threads (${WASM_THREADS_ENV}=2)`,
    );
    expect(runningWasmBuild()).toEqual({ simd: true, threads: 2, note: `${WASM_THREADS_ENV}=2` });
    expect(pkg.getThreadsCount()).toBe(2);
    // Its memory is shared with the threads, and the SIMD kernels run on it.
    const memory = heapMemory(tf.backend());
    expect(memory?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(pairRowKernel(memory!)).not.toBeNull();
    expect(binaryRows(memory!, 'Add', false, 2)).not.toBeNull();
    expect(sumRows(memory!, 2, 4)).not.toBeNull();
    const layer = { inChannels: 1, outChannels: 8, outHeight: 2, outWidth: 2 };
    const strides = { xPixel: 1, xRow: 4, xImage: 16, tapOffsets: [0, 1, 4, 5] };
    expect(tilePlan(memory!, { ...layer, ...strides, vectors: 2 })).not.toBeNull();
    expect(convKernel(memory!, { ...layer, ...strides })).not.toBeNull();
  });

  it('computes the gradients of the benchmark CNN as the cpu backend does', async () => {
    const digits = readDigits(3);
    const seed = (n: number) => tf.initializers.glorotUniform({ seed: n });
    const gradients = async (backend: string) => {
      await tf.setBackend(backend);
      const model = tf.sequential({
        layers: [
          tf.layers.conv2d({
            inputShape: [28, 28, 1],
            filters: 8,
            kernelSize: 3,
            activation: 'relu',
            kernelInitializer: seed(1),
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({
            filters: 16,
            kernelSize: 3,
            activation: 'relu',
            kernelInitializer: seed(2),
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 10, kernelInitializer: seed(3) }),
        ],
      });
      const x = tf.tensor4d(digits.images, [digits.count, 28, 28, 1]);
      const y = tf.tensor2d(digits.labels, [digits.count, 10]);
      const { grads } = tf.variableGrads(() =>
        tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor).asScalar(),
      );
      const out = model.trainableWeights.map(
        (w) => grads[(w.read() as Variable).name]!.dataSync() as Float32Array,
      );
      tf.dispose([x, y, ...Object.values(grads)]);
      model.dispose();
      return out;
    };
    const onWasm = await gradients('wasm');
    const onCpu = await gradients('cpu');
    expect(onWasm).toHaveLength(6);
    onCpu.forEach((expected, i) => expect(relativeError(onWasm[i]!, expected)).toBeLessThan(1e-4));
  });

  it('fails to start, with a reason, when its pieces cannot load', async () => {
    await expect(
      startThreadedWasm(pkg, { ...files, worker: join(tmpdir(), 'no-such-worker.cjs') }, 2),
    ).rejects.toThrow(/^its threads' script failed \(Cannot find module/);
    // Not WebAssembly at all: the binary does not compile.
    await expect(startThreadedWasm(pkg, { ...files, binary: files.worker }, 2)).rejects.toThrow(
      /expected magic word/,
    );
  });

  it('lets a process that used it end by itself', async () => {
    // A process that fails to start the build once (a binary that does not compile), then
    // starts it, computes, and returns from its script: the threads of the failed start are
    // gone, those of the running backend wait for work forever, and none may hold it open.
    const dir = mkdtempSync(join(tmpdir(), 'neurocanvas-wasm-threads-'));
    const entry = join(dir, 'useThreads.mjs');
    const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
    const tsx = createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
    writeFileSync(
      entry,
      `import { register } from ${url(tsx)};
       register();
       const { selectBackend } = await import(${url(join(import.meta.dirname, 'select.ts'))});
       const { loadTf } = await import(${url(join(import.meta.dirname, '../../compiler/tf.ts'))});
       const { startThreadedWasm } = await import(${url(join(import.meta.dirname, 'wasmThreadedBuild.ts'))});
       const pkg = await import(${url(createRequire(import.meta.url).resolve(WASM_PACKAGE))});
       const files = ${JSON.stringify(files)};
       await startThreadedWasm(pkg.default, { ...files, binary: files.worker }, 2).catch(() => {});
       const chosen = await selectBackend({ requested: 'wasm', env: { ${WASM_THREADS_ENV}: '2' } });
       const tf = await loadTf();
       const a = tf.ones([64, 64]);
       console.log(chosen.reason, tf.matMul(a, a).dataSync()[0]);`,
    );
    const child = spawn(process.execPath, [entry], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ended = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve('still running after 30 s');
      }, 30_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code ?? 'killed');
      });
    });
    expect(output).toContain('SIMD, 2 threads');
    expect(output).toContain(' 64');
    expect(ended).toBe(0);
  });
});
