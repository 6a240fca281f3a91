/**
 * Decides which build the WebAssembly backend starts on: the multi-threaded SIMD build when
 * more than one thread is wanted (wasmThreads.ts) and it starts, the package's own
 * single-threaded build otherwise, and remembers which one runs, for the run's reason.
 *
 * TensorFlow.js starts a backend the first time it is set, through the factory registered under
 * its name. The package's factory stays the way to the single-threaded build; ours, registered
 * in its place before the backend starts, chooses between the two.
 */
import type { KernelBackend } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import { firstLine } from './optionalPackage';
import { startThreadedWasm, type WasmPackage } from './wasmThreadedBuild';
import { threadedWasmFiles } from './wasmFiles';
import type { WasmThreads } from './wasmThreads';

export interface WasmBuild {
  simd: boolean;
  threads: number;
  /** Why this many threads, where it is worth saying (a setting, or a failed start). */
  note?: string;
}

type Factory = () => KernelBackend | Promise<KernelBackend>;

const WASM = 'wasm';
/** The package's own priority for the backend, kept where we cannot read it. */
const WASM_PRIORITY = 2;

/** The package's own factory, kept the first time ours replaces it. */
let packageFactory: Factory | null = null;
const ours = new WeakSet<Factory>();
let running: WasmBuild | null = null;

/** The build the running wasm backend started on, or null if it did not start through us. */
export function runningWasmBuild(): WasmBuild | null {
  return running;
}

/**
 * Registers the factory that starts the wasm backend with `wanted` threads. Only meaningful
 * before the backend starts; the last call before then decides.
 */
export function installWasmFactory(tf: Tf, pkg: WasmPackage, wanted: WasmThreads): void {
  const current = tf.findBackendFactory(WASM) as Factory | null;
  if (current === null) return;
  if (!ours.has(current)) packageFactory = current;
  const own = packageFactory;
  if (own === null) return;
  const priority = tf.engine().registryFactory[WASM]?.priority ?? WASM_PRIORITY;
  const factory: Factory = () => start(tf, pkg, own, wanted);
  ours.add(factory);
  tf.removeBackend(WASM);
  tf.registerBackend(WASM, factory, priority);
}

async function start(
  tf: Tf,
  pkg: WasmPackage,
  own: Factory,
  wanted: WasmThreads,
): Promise<KernelBackend> {
  let note = wanted.note;
  if (wanted.threads > 1) {
    const files = threadedWasmFiles();
    try {
      if ('why' in files) throw new Error(files.why);
      const backend = await startThreadedWasm(pkg, files, wanted.threads);
      running = { simd: true, threads: pkg.getThreadsCount(), ...(note ? { note } : {}) };
      return backend;
    } catch (error) {
      note = `the ${wanted.threads}-thread build failed to start: ${firstLine(error)}`;
    }
  }
  // The single-threaded build reads the same setting; ask it for its one thread.
  pkg.setThreadsCount(1);
  const backend = await own();
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
  running = { simd, threads: 1, ...(note ? { note } : {}) };
  return backend;
}
