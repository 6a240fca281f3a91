/**
 * `verify.mjs` of a TensorFlow.js bundle: loads model.json the way a web page does (through tfjs'
 * HTTP loader, here served from the bundle's folder), runs the sample inputs and compares with what
 * NeuroCanvas computed. It needs only Node and `npm install @tensorflow/tfjs`.
 */
import { CUSTOM_LAYERS_FILE } from './customLayersSnippet';

export const VERIFY_FILE = 'verify.mjs';
export const SAMPLES_JSON_FILE = 'samples.json';

/** Differences up to this, relative to the size of the value (and at least absolute), pass. */
export const VERIFY_TOLERANCE = 1e-5;

export function verifyScript(options: { customLayers: boolean }): string {
  const customImport = options.customLayers
    ? `import { registerCustomLayers } from './${CUSTOM_LAYERS_FILE}';\n`
    : '';
  const customCall = options.customLayers ? 'registerCustomLayers(tf);\n' : '';
  return `// Checks this bundle: loads model.json with plain TensorFlow.js, runs the sample inputs in
// ${SAMPLES_JSON_FILE} and compares the outputs with NeuroCanvas' own. Exits with 1 on a mismatch.
//
//   npm install @tensorflow/tfjs
//   node verify.mjs
import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
${customImport}
const TOLERANCE = ${VERIFY_TOLERANCE};
const BASE = 'http://bundle.local/';
const folder = new URL('.', import.meta.url);

// Serves the bundle's files to tfjs' HTTP loader, which reads the manifest and fetches each shard.
async function fetchFunc(input) {
  const url = String(input instanceof Request ? input.url : input);
  try {
    const bytes = await readFile(new URL(url.slice(BASE.length), folder));
    return new Response(bytes, { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

${customCall}const model = await tf.loadLayersModel(tf.io.http(BASE + 'model.json', { fetchFunc }));
const samples = JSON.parse(await readFile(new URL('${SAMPLES_JSON_FILE}', folder), 'utf8'));
const inputs = samples.inputs.map((s) => tf.tensor(s.values, s.shape, 'float32'));
const predicted = model.predict(inputs.length === 1 ? inputs[0] : inputs);
const outputs = Array.isArray(predicted) ? predicted : [predicted];

let ok = true;
samples.outputs.forEach((expected, i) => {
  const got = outputs[i].dataSync();
  let largest = 0;
  let failed = got.length !== expected.values.length;
  expected.values.forEach((want, j) => {
    const difference = Math.abs(got[j] - want);
    largest = Math.max(largest, difference);
    if (!(difference <= TOLERANCE * Math.max(1, Math.abs(want)))) failed = true;
  });
  console.log(\`output \${expected.name}: largest difference \${largest}\${failed ? ' (too large)' : ''}\`);
  if (failed) ok = false;
});
console.log(ok ? 'The bundle reproduces NeuroCanvas.' : 'The bundle does NOT reproduce NeuroCanvas.');
process.exitCode = ok ? 0 : 1;
`;
}
