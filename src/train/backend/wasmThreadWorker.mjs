// The script each thread of the multi-threaded WebAssembly backend runs in (a Node worker).
//
// The package ships the script's source only as a string, for browsers to turn into a blob:
// URL, which Node's workers cannot start from (ERR_WORKER_PATH); a worker needs a file. This is
// that file: it runs the package's own source, which expects CommonJS's `require` and
// `__filename` in its scope (a direct eval sees the bindings below).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by the evaluated source
const __filename = fileURLToPath(import.meta.url);
const {
  wasmWorkerContents,
} = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js');

// The string comes out of a template literal that turned each "\n" escape inside the source's
// string literals into a line break, which a string literal may not hold: put the escapes back.
eval(wasmWorkerContents.replace(/\n/g, '\\n'));

// Started on its own to check that it loads (see wasmThreadedBuild.ts): say that it did.
if (workerData?.probe === true) parentPort.postMessage('loaded');
