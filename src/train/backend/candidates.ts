/**
 * How each backend is made ready, without yet switching to it. `prepare` answers null when the
 * backend can be set, or a sentence saying why not; it may be called many times (imports and
 * answers are kept), so listing "what is available" costs nothing after the first time.
 */
import { availableParallelism } from 'node:os';
import type { Tf } from '../../compiler/tf';
import { registerWasmGradientKernels } from './kernels/register';
import { BACKEND_PACKAGE, type BackendName } from './names';
import { firstLine, loadOptionalPackage } from './optionalPackage';
import { WASM_PACKAGE, wasmBinaryFolder } from './wasmFiles';
import { installWasmFactory } from './wasmStart';
import type { WasmPackage } from './wasmThreadedBuild';
import { WASM_THREADS_ENV, wasmThreads } from './wasmThreads';

/** Environment variables, as process.env holds them. */
export type Env = Record<string, string | undefined>;

export type Prepare = (tf: Tf, env?: Env) => Promise<string | null>;

interface WasmModule extends WasmPackage {
  setWasmPaths(prefix: string): void;
}

/** Native TensorFlow's kernel backend, as far as we read it. */
interface NativeBackend {
  isUsingGpuDevice?: boolean;
}

/** Where the 'tensorflow' backend came from, once one of the native packages registered it. */
let nativeSource: 'gpu' | 'cpu' | null = null;

export function nativeBackendSource(): 'gpu' | 'cpu' | null {
  return nativeSource;
}

async function loadNative(tf: Tf, name: 'tensorflow-gpu' | 'tensorflow'): Promise<string | null> {
  const pkg = BACKEND_PACKAGE[name];
  const loaded = await loadOptionalPackage(pkg);
  if (!loaded.ok) return loaded.why;
  // The package registers 'tensorflow' with the copy of TensorFlow.js it depends on; if that is
  // not ours (two versions installed side by side), the backend is invisible to the trainer.
  if (tf.findBackendFactory('tensorflow') === null) {
    return `${pkg} loaded but registered no 'tensorflow' backend with this TensorFlow.js ${tf.version_core} (are two versions installed?)`;
  }
  nativeSource ??= name === 'tensorflow-gpu' ? 'gpu' : 'cpu';
  return null;
}

const prepareGpu: Prepare = async (tf) => {
  if (nativeSource === 'cpu') return `${BACKEND_PACKAGE.tensorflow} was loaded first`;
  const why = await loadNative(tf, 'tensorflow-gpu');
  if (why !== null) return why;
  let backend: NativeBackend | null;
  try {
    backend = tf.findBackend('tensorflow') as NativeBackend | null;
  } catch (error) {
    return `${BACKEND_PACKAGE['tensorflow-gpu']} failed to start (${firstLine(error)})`;
  }
  // The GPU build runs on the CPU when CUDA or the device is missing; only a real device counts.
  if (backend?.isUsingGpuDevice !== true) {
    return `${BACKEND_PACKAGE['tensorflow-gpu']} is installed but found no working CUDA device`;
  }
  return null;
};

const prepareNative: Prepare = async (tf) => {
  // The GPU build, once loaded, owns the 'tensorflow' name and also runs on the CPU; loading
  // the CPU build as well would put two copies of libtensorflow in one process.
  if (nativeSource === 'gpu') return null;
  return loadNative(tf, 'tensorflow');
};

const prepareWasm: Prepare = async (tf, env = process.env) => {
  const files = wasmBinaryFolder();
  if ('why' in files) return files.why;
  const loaded = await loadOptionalPackage<WasmModule>(WASM_PACKAGE);
  if (!loaded.ok) return loaded.why;
  try {
    // Only allowed before the backend starts; afterwards the files are already read and the
    // build chosen.
    if (tf.findBackendFactory('wasm') !== null && !isStarted(tf, 'wasm')) {
      loaded.module.setWasmPaths(files.folder);
      const wanted = wasmThreads(availableParallelism(), env[WASM_THREADS_ENV]);
      installWasmFactory(tf, loaded.module, wanted);
    }
  } catch (error) {
    return `${WASM_PACKAGE} could not be pointed at its binaries (${firstLine(error)})`;
  }
  registerWasmGradientKernels(tf);
  return null;
};

const prepareCpu: Prepare = async () => null;

function isStarted(tf: Tf, tfBackend: string): boolean {
  return tf.engine().registry[tfBackend] !== undefined;
}

export const PREPARE: Record<BackendName, Prepare> = {
  'tensorflow-gpu': prepareGpu,
  tensorflow: prepareNative,
  wasm: prepareWasm,
  cpu: prepareCpu,
};
