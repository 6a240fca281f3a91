import type { Tensor } from '@tensorflow/tfjs';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTf } from '../../compiler/tf';
import { addNode, chain } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import { bundleFiles } from '../bundle/bundleFiles';
import { exportModelOf } from '../bundle/testing/exportModels';
import type { ExportFile } from '../bundle/types';
import { writeBundle } from '../bundle/writeBundle';
import { CUSTOM_LAYERS_FILE } from './customLayersSnippet';
import { loadLayersFiles } from './testing/loadLayersFiles';

const run = promisify(execFile);

function residual(): Graph {
  const input = chain(['Input', { shape: [6, 6, 2] }]);
  const inId = input.nodes[0]!.id;
  const conv = addNode(
    input,
    ['Conv2D', { filters: 2, kernelSize: [3, 3], padding: 'same' }],
    [inId],
  );
  const bn = addNode(conv.graph, ['BatchNormalization', {}], [conv.id]);
  const add = addNode(bn.graph, 'Add', [bn.id, inId]);
  const pool = addNode(add.graph, 'GlobalAveragePooling2D', [add.id]);
  const dense = addNode(pool.graph, ['Dense', { units: 3, activation: 'softmax' }], [pool.id]);
  return addNode(dense.graph, 'Output', [dense.id]).graph;
}

const cases: { name: string; graph: () => Graph }[] = [
  {
    name: 'an MLP with dropout',
    graph: () =>
      chain(
        ['Input', { shape: [5] }],
        ['Dense', { units: 8, activation: 'relu' }],
        ['Dropout', { rate: 0.3 }],
        ['Dense', { units: 3, activation: 'softmax' }],
        'Output',
      ),
  },
  {
    name: 'a CNN with pooling',
    graph: () =>
      chain(
        ['Input', { shape: [8, 8, 1] }],
        ['Conv2D', { filters: 3, kernelSize: [3, 3] }],
        ['MaxPooling2D', {}],
        'Flatten',
        ['Dense', { units: 2, activation: 'softmax' }],
        'Output',
      ),
  },
  { name: 'a residual block', graph: residual },
  {
    name: 'a GRU',
    graph: () =>
      chain(
        ['Input', { shape: [4, 3] }],
        ['GRU', { units: 5 }],
        ['Dense', { units: 1, activation: 'linear' }],
        ['Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
      ),
  },
];

const asFiles = (files: readonly ExportFile[]) =>
  Object.fromEntries(files.map((f) => [f.path, f.data]));

describe('the TensorFlow.js bundle', () => {
  it.each(cases)(
    '$name loads with tf.loadLayersModel and predicts within 1e-5',
    async ({ graph }) => {
      const tf = await loadTf();
      const model = await exportModelOf(graph());
      const files = bundleFiles(model, 'tfjs');
      expect(files.map((f) => f.path)).toEqual(
        expect.arrayContaining([
          'model.json',
          'weights.bin',
          'README.md',
          'samples.npz',
          'verify.mjs',
        ]),
      );
      expect(files.some((f) => f.path === CUSTOM_LAYERS_FILE)).toBe(false);
      const loaded = await loadLayersFiles(tf, asFiles(files));
      const input = model.samples.inputs[0]!;
      const y = loaded.predict(tf.tensor(input.values, [...input.shape])) as Tensor;
      const expected = model.samples.outputs[0]!.values;
      const got = y.dataSync();
      expect(got.length).toBe(expected.length);
      const largest = Math.max(...Array.from(got, (v, i) => Math.abs(v - expected[i]!)));
      expect(largest).toBeLessThanOrEqual(1e-5);
      loaded.dispose();
    },
  );

  it('names the converter route to Keras in its README', async () => {
    const model = await exportModelOf(cases[0]!.graph());
    const readme = String(bundleFiles(model, 'tfjs').find((f) => f.path === 'README.md')!.data);
    expect(readme).toContain(
      'tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras model.json model.h5',
    );
  });
});

describe('custom layers in a fresh Node process, with plain @tensorflow/tfjs', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const f of folders) await rm(f, { recursive: true, force: true });
  });

  /** Writes the bundle where its verify.mjs can import the project's @tensorflow/tfjs. */
  async function writeRunnable(files: ExportFile[]): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'nc-tfjs-'));
    folders.push(root);
    await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    return writeBundle(join(root, 'bundle'), files);
  }

  const maxoutModel = () =>
    chain(
      ['Input', { shape: [6] }],
      ['Maxout', { units: 4, pieces: 3 }],
      ['Activation', { activation: 'elu', eluAlpha: 0.5 }],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    );

  it('loads a Maxout and ELU(α = 0.5) model using only custom_layers.js, within 1e-5', async () => {
    const model = await exportModelOf(maxoutModel());
    const files = bundleFiles(model, 'tfjs');
    expect(files.some((f) => f.path === CUSTOM_LAYERS_FILE)).toBe(true);
    const folder = await writeRunnable(files);
    const { stdout } = await run(process.execPath, [join(folder, 'verify.mjs')], { cwd: folder });
    const difference = Number(/largest difference (\S+)/.exec(stdout)?.[1]);
    expect(difference).toBeLessThanOrEqual(1e-5);
    expect(stdout).toContain('The bundle reproduces NeuroCanvas.');
  });

  it('fails without the snippet, and verify.mjs fails on weights that do not match', async () => {
    const model = await exportModelOf(maxoutModel());
    const folder = await writeRunnable(bundleFiles(model, 'tfjs'));
    const verify = join(folder, 'verify.mjs');

    const script = await readFile(verify, 'utf8');
    const bare = join(folder, 'bare.mjs');
    await writeFile(bare, script.replace(/^.*registerCustomLayers.*$/gm, ''));
    await expect(run(process.execPath, [bare], { cwd: folder })).rejects.toThrow(/Maxout/);

    const shard = await readFile(join(folder, 'weights.bin'));
    shard.writeFloatLE(shard.readFloatLE(0) + 0.5, 0);
    await writeFile(join(folder, 'weights.bin'), shard);
    await expect(run(process.execPath, [verify], { cwd: folder })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('does NOT reproduce'),
    });
  });
});
