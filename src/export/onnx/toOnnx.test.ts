import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportModel } from '../bundle/types';
import { encodeOnnxModel } from './onnxProto';
import { LAYER_CASES, MODEL_CASES, type OnnxCase } from './testing/cases';
import { checkOnnxModels, onnxPythonMissing } from './testing/onnxChecker';
import { exportModelOf } from './testing/exportModel';
import { maxAbsDifference, runOnnx } from './testing/runOnnx';
import { toOnnxModel } from './toOnnx';

const CASES: OnnxCase[] = [...LAYER_CASES, ...MODEL_CASES];

/** Each case exported once and shared by the runtime test and the checker test. */
const built = new Map<string, { model: ExportModel; bytes: Uint8Array }>();

async function build(c: OnnxCase) {
  let entry = built.get(c.name);
  if (!entry) {
    const model = await exportModelOf(c.graph());
    entry = { model, bytes: encodeOnnxModel(toOnnxModel(model)) };
    built.set(c.name, entry);
  }
  return entry;
}

describe('ONNX export, run in onnxruntime-web', () => {
  it.each(CASES)('$name gives tfjs’ outputs within 1e-4', async (c) => {
    const { model, bytes } = await build(c);
    const outputs = await runOnnx(bytes, model.samples.inputs);
    expect(outputs).toHaveLength(model.samples.outputs.length);
    outputs.forEach((out, i) => {
      expect(maxAbsDifference(out, model.samples.outputs[i]!)).toBeLessThanOrEqual(1e-4);
    });
  });
});

describe('ONNX export, checked by onnx.checker', () => {
  const missing = onnxPythonMissing();
  let results: Awaited<ReturnType<typeof checkOnnxModels>>;

  beforeAll(async () => {
    if (missing) return;
    for (const c of CASES) await build(c);
    results = checkOnnxModels(new Map([...built].map(([name, e]) => [name, e.bytes])));
  }, 300_000);

  it.skipIf(missing)('every model passes the full check, with opset 13', () => {
    const failures = [...results].filter(([, r]) => r.error !== null);
    expect(failures).toEqual([]);
    for (const [, r] of results) expect(r.opset).toEqual([13]);
  });

  it.skipIf(missing)('keeps channels-last inputs and outputs with a free batch size', () => {
    const lenet = results.get('LeNet')!;
    expect(lenet.inputs).toEqual([[expect.any(String), ['batch', 28, 28, 1]]]);
    expect(lenet.outputs).toEqual([[expect.any(String), ['batch', 10]]]);
    const branching = results.get('a branching model with Concatenate and two outputs')!;
    expect(branching.outputs!.map(([, dims]) => dims)).toEqual([
      ['batch', 4],
      ['batch', 7],
    ]);
  });
});
