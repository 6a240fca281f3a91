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
export function wasmBinaryFolder(): { folder: string } | { why: string } {
  const entry = resolvePackage(WASM_PACKAGE);
  if (entry === null) return { why: `${WASM_PACKAGE} is not installed` };
  // The package's Node entry is dist/tf-backend-wasm.node.js, beside the binaries.
  const folder = dirname(entry);
  const missing = WASM_BINARIES.filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    return { why: `${WASM_PACKAGE} is incomplete: ${missing.join(', ')} missing in ${folder}` };
  }
  return { folder: folder + sep };
}
