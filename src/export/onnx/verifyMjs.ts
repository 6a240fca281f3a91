/**
 * `verify.mjs` of an ONNX bundle: runs model.onnx in ONNX Runtime Web (WebAssembly, which runs in
 * Node without native parts) on the inputs in samples.npz and compares with NeuroCanvas' outputs.
 * It reads the .npz itself (a zip of .npy files) with Node's zlib, so the only package it needs is
 * onnxruntime-web.
 */
export const VERIFY_MJS = 'verify.mjs';

/** Differences up to this, relative to the size of the value (and at least absolute), pass. */
export const VERIFY_TOLERANCE = 1e-4;

export function verifyMjs(): string {
  return `// Checks this bundle: runs model.onnx in ONNX Runtime Web on the inputs in samples.npz and
// compares its outputs with NeuroCanvas' outputs stored there. Exits with 1 on a mismatch.
//
//   npm install onnxruntime-web
//   node verify.mjs
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import * as ort from 'onnxruntime-web';

const TOLERANCE = ${VERIFY_TOLERANCE};
const folder = new URL('.', import.meta.url);
ort.env.wasm.numThreads = 1;

// The entries of a zip file (what numpy's savez writes), stored or deflated.
function readZip(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('samples.npz is not a zip file');
  const entries = new Map();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

// A little-endian float32 .npy array in C order: its shape and values.
function readNpy(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const offset = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(offset, offset + headerLength));
  if (!header.includes("'<f4'") || header.includes("'fortran_order': True")) {
    throw new Error('samples.npz holds an array that is not little-endian float32 in C order');
  }
  const shape = [...header.match(/'shape': \\(([^)]*)\\)/)[1].matchAll(/\\d+/g)].map(Number);
  const data = bytes.slice(offset + headerLength);
  return { shape, values: new Float32Array(data.buffer, 0, data.byteLength / 4) };
}

const npz = readZip(new Uint8Array(await readFile(new URL('samples.npz', folder))));
const sample = (key) => {
  const entry = npz.get(key + '.npy');
  if (!entry) throw new Error(\`samples.npz has no \${key}\`);
  return readNpy(entry);
};

const session = await ort.InferenceSession.create(
  new Uint8Array(await readFile(new URL('model.onnx', folder))),
);
const feeds = {};
session.inputNames.forEach((name, i) => {
  const { shape, values } = sample(\`input_\${i}\`);
  feeds[name] = new ort.Tensor('float32', values, shape);
});
const results = await session.run(feeds);

let ok = true;
session.outputNames.forEach((name, i) => {
  const expected = sample(\`output_\${i}\`);
  const got = results[name];
  let largest = 0;
  let failed = got.dims.join() !== expected.shape.join();
  expected.values.forEach((want, j) => {
    const difference = Math.abs(got.data[j] - want);
    largest = Math.max(largest, difference);
    if (!(difference <= TOLERANCE * Math.max(1, Math.abs(want)))) failed = true;
  });
  console.log(\`output \${name}: largest difference \${largest.toPrecision(3)}\${failed ? ' (too large)' : ''}\`);
  if (failed) ok = false;
});
await session.release();
console.log(ok ? 'The bundle reproduces NeuroCanvas.' : 'The bundle does NOT reproduce NeuroCanvas.');
process.exitCode = ok ? 0 : 1;
`;
}
