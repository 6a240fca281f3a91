/**
 * Points the WebAssembly backend at its own .wasm binaries on disk.
 *
 * The backend looks for `tfjs-backend-wasm.wasm` (and its SIMD and threaded-SIMD builds) next to
 * the script that loaded it. Inside a bundle (the desktop app, a packed command line) that
 * script is no longer in the package folder, so the lookup would fail or, in a browser-like
 * setting, try the network. Giving it the package's dist folder as a plain file path makes it
 * read the binaries with `fs`, offline.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePackage } from './optionalPackage';

export const WASM_PACKAGE = '@tensorflow/tfjs-backend-wasm';

/** The binaries the backend may ask for; which one depends on SIMD and thread support. */
export const WASM_BINARIES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;

/**
 * The folder holding the binaries, ending in a path separator (the backend appends file
 * names to it), or a sentence saying why there is none.
 */
export function wasmBinaryFolder():
  { folder: string } | { why: string; missing?: readonly string[]; folder?: string } {
  const entry = resolvePackage(WASM_PACKAGE);
  if (entry === null) return { why: `${WASM_PACKAGE} is not installed` };
  // The package's Node entry is dist/tf-backend-wasm.node.js, beside the binaries.
  const folder = dirname(entry);
  const missing = WASM_BINARIES.filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    return {
      why: `${WASM_PACKAGE} is incomplete: ${missing.join(', ')} missing in ${folder}`,
      missing,
      folder,
    };
  }
  return { folder: folder + sep };
}

/** The pieces of the multi-threaded build that a Node process starts by itself. */
export interface ThreadedWasmFiles {
  /** The build's Emscripten script (each thread evaluates it too). */
  script: string;
  /** The build's binary. */
  binary: string;
  /** The script every thread starts in (see wasmThreadWorker.mjs). */
  worker: string;
}

const THREADED_SCRIPT = join('wasm-out', 'tfjs-backend-wasm-threaded-simd.js');
const THREADED_WORKER_SOURCE = join('wasm-out', 'tfjs-backend-wasm-threaded-simd.worker.js');

/** The multi-threaded build's files, or a sentence saying why they are not all there. */
export function threadedWasmFiles(): ThreadedWasmFiles | { why: string } {
  const binaries = wasmBinaryFolder();
  if ('why' in binaries) return binaries;
  // wasm-out/ sits beside dist/ in the package.
  const root = join(binaries.folder, '..');
  const files = {
    script: join(root, THREADED_SCRIPT),
    binary: join(binaries.folder, 'tfjs-backend-wasm-threaded-simd.wasm'),
    worker: fileURLToPath(new URL('./wasmThreadWorker.mjs', import.meta.url)),
  };
  const missing = [files.script, join(root, THREADED_WORKER_SOURCE), files.worker].filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0)
    return { why: `the multi-threaded build is incomplete: ${missing.join(', ')} missing` };
  return files;
}
