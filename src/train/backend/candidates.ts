/**
 * How each backend is made ready, without yet switching to it. `prepare` answers null when the
 * backend can be set, or why not (by code and values, see `why.ts`); it may be called many times (imports and
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
import { why, type Why } from './why';
import { WASM_THREADS_ENV, wasmThreads } from './wasmThreads';

/** Environment variables, as process.env holds them. */
export type Env = Record<string, string | undefined>;

export type Prepare = (tf: Tf, env?: Env) => Promise<Why | null>;

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

/** Why an optional package is not there to use. */
export function notLoaded(pkg: string, failure: { detail?: string }): Why {
  return failure.detail === undefined
    ? why('not-installed', { package: pkg })
    : why('failed-to-load', { package: pkg, detail: failure.detail });
}

async function loadNative(tf: Tf, name: 'tensorflow-gpu' | 'tensorflow'): Promise<Why | null> {
  const pkg = BACKEND_PACKAGE[name];
  const loaded = await loadOptionalPackage(pkg);
  if (!loaded.ok) return notLoaded(pkg, loaded);
  // The package registers 'tensorflow' with the copy of TensorFlow.js it depends on; if that is
  // not ours (two versions installed side by side), the backend is invisible to the trainer.
  if (tf.findBackendFactory('tensorflow') === null) {
    return why('no-native-backend', { package: pkg, version: tf.version_core });
  }
  nativeSource ??= name === 'tensorflow-gpu' ? 'gpu' : 'cpu';
  return null;
}

const prepareGpu: Prepare = async (tf) => {
  if (nativeSource === 'cpu')
    return why('native-loaded-first', { package: BACKEND_PACKAGE.tensorflow });
  const failed = await loadNative(tf, 'tensorflow-gpu');
  if (failed !== null) return failed;
  let backend: NativeBackend | null;
  try {
    backend = tf.findBackend('tensorflow') as NativeBackend | null;
  } catch (error) {
    return why('gpu-failed', {
      package: BACKEND_PACKAGE['tensorflow-gpu'],
      detail: firstLine(error),
    });
  }
  // The GPU build runs on the CPU when CUDA or the device is missing; only a real device counts.
  if (backend?.isUsingGpuDevice !== true) {
    return why('no-cuda', { package: BACKEND_PACKAGE['tensorflow-gpu'] });
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
  const loaded = await loadOptionalPackage<WasmModule>(WASM_PACKAGE);
  if (!loaded.ok) return notLoaded(WASM_PACKAGE, loaded);
  const files = wasmBinaryFolder();
  if ('why' in files) {
    const { missing = [], folder = '' } = files;
    return why('wasm-incomplete', { package: WASM_PACKAGE, files: missing.join(', '), folder });
  }
  try {
    // Only allowed before the backend starts; afterwards the files are already read and the
    // build chosen.
    if (tf.findBackendFactory('wasm') !== null && !isStarted(tf, 'wasm')) {
      loaded.module.setWasmPaths(files.folder);
      const wanted = wasmThreads(availableParallelism(), env[WASM_THREADS_ENV]);
      installWasmFactory(tf, loaded.module, wanted);
    }
  } catch (error) {
    return why('wasm-paths', { package: WASM_PACKAGE, detail: firstLine(error) });
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
