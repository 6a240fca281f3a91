/**
 * Test support: runs an ONNX model in onnxruntime-web (WebAssembly, one thread) under Node, the
 * way a user's verify.mjs does, and compares outputs.
 */
import * as ort from 'onnxruntime-web';
import type { ExportTensor } from '../../bundle/types';

ort.env.wasm.numThreads = 1;

/** Feeds `inputs` in the order of the model's inputs; returns its outputs in their order. */
export async function runOnnx(
  bytes: Uint8Array,
  inputs: readonly ExportTensor[],
): Promise<ExportTensor[]> {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const feeds: Record<string, ort.Tensor> = {};
    session.inputNames.forEach((name, i) => {
      const t = inputs[i]!;
      feeds[name] = new ort.Tensor('float32', t.values, [...t.shape]);
    });
    const results = await session.run(feeds);
    return session.outputNames.map((name) => {
      const t = results[name]!;
      return { shape: [...t.dims], values: t.data as Float32Array };
    });
  } finally {
    await session.release();
  }
}

/** The largest absolute difference between two tensors of the same shape. */
export function maxAbsDifference(a: ExportTensor, b: ExportTensor): number {
  if (a.shape.join() !== b.shape.join()) {
    throw new Error(`Shapes differ: [${a.shape.join(', ')}] vs [${b.shape.join(', ')}].`);
  }
  let max = 0;
  for (let i = 0; i < a.values.length; i++) {
    const d = Math.abs(a.values[i]! - b.values[i]!);
    if (Number.isNaN(d)) return Infinity; // a NaN on either side never passes
    if (d > max) max = d;
  }
  return max;
}
