/**
 * Starts the WebAssembly backend's multi-threaded SIMD build in Node.
 *
 * The package starts this build only in browsers; in Node it turns threads off, and its own
 * start-up could not work there anyway: it gives the threads a blob: URL as their script, which
 * Node's workers refuse (ERR_WORKER_PATH), and a copy of the module's source that has lost the
 * helpers of the bundle it came from. So the build's Emscripten module is started here, with
 * Emscripten's own settings for what Node needs:
 *
 * - `locateFile` answers a file on disk for the threads' script (wasmThreadWorker.mjs), and
 *   `mainScriptUrlOrBlob` the build's script by path, which each thread loads;
 * - `instantiateWasm` instantiates the binary here, to answer the module's question of how many
 *   logical cores there are: it sizes its thread pool as min(threads asked for, cores / 2),
 *   assuming two hardware threads per core, so on 2 cores no request would get past one thread.
 *   Answering 2 × threads makes the pool exactly the size asked for.
 *
 * The module is then wrapped in the package's public BackendWasm class, as the package does.
 * Its threads are Node workers that wait for work as long as the backend lives; they are
 * unreferenced so that they never keep a finished process alive.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { KernelBackend } from '@tensorflow/tfjs';
import { firstLine } from './optionalPackage';
import type { ThreadedWasmFiles } from './wasmFiles';

/** The parts of @tensorflow/tfjs-backend-wasm used to start a backend. */
export interface WasmPackage {
  BackendWasm: new (module: unknown) => KernelBackend;
  setThreadsCount(threads: number): void;
  getThreadsCount(): number;
}

interface NodeWorker {
  unref(): void;
}

/** Emscripten's thread bookkeeping, as far as it is used here. */
interface Threads {
  runningWorkers: NodeWorker[];
  terminateAllThreads(): void;
}

type Cwrapped = (...args: number[]) => unknown;

interface ThreadedModule {
  cwrap(name: string, returns: string | null, args: string[]): Cwrapped;
  PThread: Threads;
  tfjs?: Record<string, Cwrapped>;
}

type Imports = Record<string, Record<string, unknown>>;

interface ModuleSettings {
  mainScriptUrlOrBlob: string;
  locateFile(path: string, prefix: string): string;
  instantiateWasm(imports: Imports, receive: (instance: object, module: object) => void): object;
  onAbort(what: unknown): void;
  /** Emscripten uses the settings object as its module, so this appears here early. */
  PThread?: Threads;
}

type ModuleFactory = (settings: ModuleSettings) => Promise<ThreadedModule>;

interface WasmInstantiate {
  instantiate(bytes: Uint8Array, imports: Imports): Promise<{ instance: object; module: object }>;
}

/** A start that has not finished by then (the threads never answered) counts as failed. */
const START_TIMEOUT_MS = 30_000;

/** `promise`, or a rejection saying what took too long. */
async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the threads' script once on its own. A thread whose script fails to load is an
 * exception that Emscripten rethrows outside any promise, which would end the process; found
 * here, it is an error the caller can fall back from.
 */
async function probeThreadScript(file: string): Promise<void> {
  const worker = new Worker(file, { workerData: { probe: true } });
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', (error) =>
          reject(new Error(`its threads' script failed (${firstLine(error)})`)),
        );
        worker.once('exit', (code) => reject(new Error(`its threads' script exited (${code})`)));
      }),
      "its threads' script",
    );
  } finally {
    await worker.terminate();
  }
}

/** The C functions the backend class calls on its module (the package's `tfjs` namespace). */
function cFunctions(module: ThreadedModule): Record<string, Cwrapped> {
  return {
    init: module.cwrap('init', null, []),
    initWithThreadsCount: module.cwrap('init_with_threads_count', null, ['number']),
    getThreadsCount: module.cwrap('get_threads_count', 'number', []),
    registerTensor: module.cwrap('register_tensor', null, ['number', 'number', 'number']),
    disposeData: module.cwrap('dispose_data', null, ['number']),
    dispose: module.cwrap('dispose', null, []),
  };
}

/** Starts the build's module with `threads` threads (2 to 8). */
async function startModule(files: ThreadedWasmFiles, threads: number): Promise<ThreadedModule> {
  const factory = createRequire(import.meta.url)(files.script) as ModuleFactory;
  const binary = await readFile(files.binary);
  const wasm = (globalThis as unknown as { WebAssembly: WasmInstantiate }).WebAssembly;
  let settings: ModuleSettings | undefined;
  const started = new Promise<ThreadedModule>((resolve, reject) => {
    settings = {
      mainScriptUrlOrBlob: files.script,
      locateFile: (path, prefix) => (path.endsWith('.worker.js') ? files.worker : prefix + path),
      instantiateWasm: (imports, receive) => {
        const env = { ...imports.env, emscripten_num_logical_cores: () => 2 * threads };
        wasm
          .instantiate(binary, { ...imports, env })
          .then(({ instance, module }) => receive(instance, module), reject);
        // The exports arrive through `receive`; Emscripten expects an object meanwhile.
        return {};
      },
      onAbort: (what) => reject(new Error(`it aborted (${String(what)})`)),
    };
    factory(settings).then(resolve, reject);
  });
  try {
    return await withTimeout(started, 'its start');
  } catch (error) {
    settings?.PThread?.terminateAllThreads();
    throw error;
  }
}

/** A backend on the multi-threaded build; rejects, leaving no thread behind, if it cannot start. */
export async function startThreadedWasm(
  pkg: WasmPackage,
  files: ThreadedWasmFiles,
  threads: number,
): Promise<KernelBackend> {
  await probeThreadScript(files.worker);
  const module = await startModule(files, threads);
  try {
    module.tfjs = cFunctions(module);
    // Read by the backend's constructor, which creates the thread pool.
    pkg.setThreadsCount(threads);
    const backend = new pkg.BackendWasm(module);
    for (const worker of module.PThread.runningWorkers) worker.unref();
    return backend;
  } catch (error) {
    module.PThread.terminateAllThreads();
    throw error;
  }
}
