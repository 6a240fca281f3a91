import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExportModel } from '../bundle/buildExportModel';
import { samplesNpz } from '../bundle/bundleFiles';
import type { ExportFile, ExportModel } from '../bundle/types';
import { defaultTraining } from '../../project/training';
import { float32Array, writeNpz } from '../../numpy';
import { encodeOnnxModel } from './onnxProto';
import { onnxExporter } from './target';
import { MODEL_CASES } from './testing/cases';
import { onnxPythonMissing, PYTHON } from './testing/onnxChecker';
import { toOnnxModel } from './toOnnx';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** The repository's onnxruntime-web, which a user gets with `npm install onnxruntime-web`. */
const ORT_PACKAGE = resolve('node_modules/onnxruntime-web');

/** The bundle in a new folder, as the bundle layer writes it: the target's files plus samples.npz. */
function writeBundle(files: readonly ExportFile[], samples: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'onnx-bundle-'));
  folders.push(folder);
  for (const file of [...files, { path: 'samples.npz', data: samples }]) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.data);
  }
  mkdirSync(join(folder, 'node_modules'));
  symlinkSync(ORT_PACKAGE, join(folder, 'node_modules', 'onnxruntime-web'), 'dir');
  return folder;
}

function run(command: string, script: string, folder: string) {
  const result = spawnSync(command, [script], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

async function exportOf(name: string): Promise<ExportModel> {
  const graph = MODEL_CASES.find((c) => c.name === name)!.graph();
  return buildExportModel({ name: 'Branches', graph, training: defaultTraining() });
}

/** The same samples with every expected output moved by `delta`, deflated this time. */
function shiftedSamples(model: ExportModel, delta: number): Uint8Array {
  const entries: Record<string, ReturnType<typeof float32Array>> = {};
  model.samples.inputs.forEach((t, i) => (entries[`input_${i}`] = float32Array(t.shape, t.values)));
  model.samples.outputs.forEach(
    (t, i) =>
      (entries[`output_${i}`] = float32Array(
        t.shape,
        t.values.map((v) => v + delta),
      )),
  );
  return writeNpz(entries, { compress: true });
}

describe('the ONNX bundle', () => {
  const name = 'a branching model with Concatenate and two outputs';

  it('lists model.onnx, README.md, verify.py and verify.mjs', async () => {
    const model = await exportOf(name);
    expect(onnxExporter.unsupported(model)).toEqual([]);
    const files = onnxExporter.write(model);
    expect(files.map((f) => f.path)).toEqual([
      'model.onnx',
      'README.md',
      'verify.py',
      'verify.mjs',
    ]);
    const readme = String(files[1]!.data);
    expect(readme).toContain('# Branches — ONNX');
    expect(readme).toContain('`input_1`: [batch, 10, 10, 2]');
    expect(readme).toContain('"input_1": np.zeros((1, 10, 10, 2), np.float32)');
  });

  it('verify.mjs reproduces NeuroCanvas in onnxruntime-web, and fails on other outputs', async () => {
    const model = await exportOf(name);
    const files = onnxExporter.write(model);

    const good = run(process.execPath, 'verify.mjs', writeBundle(files, samplesNpz(model)));
    expect(good.output).toContain('The bundle reproduces NeuroCanvas.');
    expect(good.output.match(/largest difference/g)).toHaveLength(2);
    expect(good.status).toBe(0);

    const shifted = writeBundle(files, shiftedSamples(model, 0.01));
    const bad = run(process.execPath, 'verify.mjs', shifted);
    expect(bad.output).toContain('(too large)');
    expect(bad.status).toBe(1);
  });

  const missing = onnxPythonMissing();
  it.skipIf(missing)('verify.py passes onnx.checker, and fails on a broken model', async () => {
    const model = await exportOf(name);
    const files = onnxExporter.write(model);
    const good = run(PYTHON, 'verify.py', writeBundle(files, samplesNpz(model)));
    expect(good.output).toContain('onnx.checker: model.onnx is valid (IR version 7, opset 13).');
    const hasRuntime = spawnSync(PYTHON, ['-c', 'import onnxruntime']).status === 0;
    expect(good.output).toContain(
      hasRuntime ? 'The bundle reproduces NeuroCanvas.' : 'onnxruntime is not installed',
    );
    expect(good.status).toBe(0);

    // A node that reads a tensor nothing produces.
    const onnx = toOnnxModel(model);
    const broken = encodeOnnxModel({
      ...onnx,
      graph: {
        ...onnx.graph,
        nodes: [
          ...onnx.graph.nodes,
          { name: 'stray', opType: 'Relu', inputs: ['nowhere'], outputs: ['x'], attributes: [] },
        ],
      },
    });
    const brokenFiles = files.map((f) => (f.path === 'model.onnx' ? { ...f, data: broken } : f));
    const bad = run(PYTHON, 'verify.py', writeBundle(brokenFiles, samplesNpz(model)));
    expect(bad.output).toContain('model.onnx is NOT valid');
    expect(bad.status).toBe(1);
  });
});
