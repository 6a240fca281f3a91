/** `neurocanvas export` as a user runs it: a real process, real files, real loading of the result. */
import type { Tensor } from '@tensorflow/tfjs';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, getNodeWeights } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import { graphToKeras } from '../../compiler/toKeras';
import { perturbedWeights } from '../../export/bundle/testing/exportModels';
import { loadLayersFolder } from '../../export/tfjs/testing/loadLayersFiles';
import { writeLayersModel } from '../../export/tfjs/writeLayersModel';
import { chain } from '../../graph/testing/build';
import { readNpz } from '../../numpy';
import { newProject, serializeProject } from '../../project';

const BIN = join(import.meta.dirname, '..', 'bin.mjs');
const run = promisify(execFile);
let dir: string;

async function neurocanvas(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function graphToKerasOrThrow() {
  const result = graphToKeras(graph);
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return result.topology;
}

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 6, activation: 'tanh' }],
  ['Maxout', { units: 3, pieces: 2 }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-export-'));
  const { model, topology } = await compileGraph(graph, { seed: 1 });
  const weights = perturbedWeights(getNodeWeights(model, topology));
  model.dispose();
  await writeFile(
    join(dir, 'xor.ncproj'),
    serializeProject({ ...newProject('xor'), graph, weights, dataset: { id: 'xor' } }),
  );
  // The same model as a TensorFlow.js model.json with its weights, which names no dataset.
  const files = writeLayersModel(graphToKerasOrThrow(), weights);
  await mkdir(join(dir, 'saved'));
  await writeFile(join(dir, 'saved', 'model.json'), JSON.stringify(files.modelJson));
  await writeFile(join(dir, 'saved', 'weights.bin'), files.weightData);
  await writeFile(
    join(dir, 'broken.ncproj'),
    serializeProject({ ...newProject('broken'), graph: chain(['Input', { shape: [2] }], 'Dense') }),
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('neurocanvas export', () => {
  it('writes a TensorFlow.js bundle that loads and reproduces the samples within 1e-5', async () => {
    const result = await neurocanvas('export', 'xor.ncproj', '--format', 'tfjs', '--out', 'web');
    expect(result.stderr).not.toMatch(/neurocanvas:|warning/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote the TensorFlow\.js bundle to .*web \(\d+ files/);
    const folder = join(dir, 'web');
    expect((await readdir(folder)).sort()).toEqual([
      'README.md',
      'custom_layers.js',
      'model.json',
      'samples.json',
      'samples.npz',
      'verify.mjs',
      'weights.bin',
    ]);

    const tf = await loadTf();
    const model = await loadLayersFolder(tf, folder);
    const samples = readNpz(await readFile(join(folder, 'samples.npz')));
    const input = samples.get('input_0')!;
    const expected = samples.get('output_0')!.data as Float32Array;
    const got = (
      model.predict(tf.tensor(input.data as Float32Array, [...input.shape])) as Tensor
    ).dataSync();
    expect(Math.max(...Array.from(got, (v, i) => Math.abs(v - expected[i]!)))).toBeLessThanOrEqual(
      1e-5,
    );
    model.dispose();
  });

  it('writes a Keras bundle with the project dataset as data.npz', async () => {
    const result = await neurocanvas('export', 'xor.ncproj', '--format', 'keras', '--out', 'py');
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'py'))).sort()).toEqual([
      'README.md',
      'data.npz',
      'model.py',
      'samples.npz',
      'train.py',
      'verify.py',
      'weights.npz',
    ]);
  });

  it.each([
    ['pytorch', ['model.py', 'weights.npz', 'verify.py', 'train.py', 'data.npz', 'samples.npz']],
    ['onnx', ['model.onnx', 'verify.py', 'verify.mjs', 'samples.npz']],
  ])('writes a %s bundle', async (format, expected) => {
    const result = await neurocanvas('export', 'xor.ncproj', '--format', format!, '--out', format!);
    expect(result.stderr).not.toMatch(/neurocanvas:|warning/);
    expect(result.code).toBe(0);
    expect(await readdir(join(dir, format!))).toEqual(expect.arrayContaining(expected as string[]));
  });

  it('exports a model.json with the weights stored beside it', async () => {
    await neurocanvas('export', 'xor.ncproj', '--format', 'keras', '--out', 'from-project');
    const result = await neurocanvas(
      'export',
      'saved/model.json',
      '--format',
      'keras',
      '--out',
      'from-json',
    );
    expect(result.code).toBe(0);
    // No dataset: random samples, drawn with the default seed, so compare the weights instead.
    const a = readNpz(await readFile(join(dir, 'from-project', 'weights.npz')));
    const b = readNpz(await readFile(join(dir, 'from-json', 'weights.npz')));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [key, array] of a)
      expect(Array.from(b.get(key)!.data as Float32Array)).toEqual(
        Array.from(array.data as Float32Array),
      );
    expect(await readdir(join(dir, 'from-json'))).not.toContain('data.npz');
  });

  it('refuses a folder that holds files unless --force, and replaces it with --force', async () => {
    await neurocanvas('export', 'xor.ncproj', '--format', 'tfjs', '--out', 'again');
    const refused = await neurocanvas(
      'export',
      'xor.ncproj',
      '--format',
      'keras',
      '--out',
      'again',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds files/);
    expect(await readdir(join(dir, 'again'))).toContain('model.json');
    const forced = await neurocanvas(
      'export',
      'xor.ncproj',
      '--format',
      'keras',
      '--out',
      'again',
      '--force',
    );
    expect(forced.code).toBe(0);
    expect(await readdir(join(dir, 'again'))).toContain('model.py');
  });

  it.each([
    [
      ['export', 'xor.ncproj', '--out', 'x'],
      2,
      /needs a target: --format tfjs\|keras\|pytorch\|onnx/,
    ],
    [
      ['export', 'xor.ncproj', '--format', 'caffe', '--out', 'x'],
      2,
      /no target 'caffe'.*tfjs, keras, pytorch, onnx/,
    ],
    [['export', 'xor.ncproj', '--format', 'tfjs'], 2, /needs the folder to write: --out DIR/],
    [['summary', 'xor.ncproj', '--format', 'tfjs'], 2, /--format belongs to 'export'/],
    [['export', 'broken.ncproj', '--format', 'tfjs', '--out', 'x'], 1, /cannot be exported/],
    [['export', 'missing.ncproj', '--format', 'tfjs', '--out', 'x'], 1, /missing\.ncproj/],
  ])('%j exits with %i and says why, writing nothing', async (args, code, message) => {
    const result = await neurocanvas(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(await readdir(dir)).not.toContain('x');
  });
});
