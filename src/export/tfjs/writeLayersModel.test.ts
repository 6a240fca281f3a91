import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { compileGraph, getNodeWeights } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import { graphToKeras } from '../../compiler/toKeras';
import { addNode, chain } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import type { NodeWeights } from '../../project/weights';
import { loadLayersFiles } from './testing/loadLayersFiles';
import { writeLayersModel } from './writeLayersModel';

/** Deterministic values in [-1, 1), so no weight keeps its initial value by chance. */
function wave(count: number, phase: number): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => Math.sin(i * 12.9898 + phase) * 0.9);
}

/** The same shapes as the layers' own weights, with other values; variances stay positive. */
function perturbed(weights: NodeWeights): NodeWeights {
  let phase = 0;
  return Object.fromEntries(
    Object.entries(weights).map(([id, tensors]) => [
      id,
      tensors.map((t) => {
        const values = wave(t.values.length, (phase += 1));
        if (t.name === 'moving_variance') values.forEach((v, i) => (values[i] = 0.5 + v * v));
        return { ...t, values };
      }),
    ]),
  );
}

const cases: { name: string; graph: () => Graph; input: number[] }[] = [
  {
    name: 'an MLP with batch normalisation and dropout',
    graph: () =>
      chain(
        ['Input', { shape: [5] }],
        ['Dense', { units: 8, activation: 'tanh' }],
        ['BatchNormalization', {}],
        ['Dropout', { rate: 0.5 }],
        ['Dense', { units: 3, activation: 'softmax' }],
        'Output',
      ),
    input: [5],
  },
  {
    name: 'a small CNN',
    graph: () =>
      chain(
        ['Input', { shape: [8, 8, 2] }],
        ['Conv2D', { filters: 3, kernelSize: [3, 3], activation: 'relu' }],
        ['MaxPooling2D', {}],
        'Flatten',
        ['Dense', { units: 4, activation: 'softmax' }],
        'Output',
      ),
    input: [8, 8, 2],
  },
  {
    name: 'an LSTM',
    graph: () =>
      chain(
        ['Input', { shape: [6, 3] }],
        ['LSTM', { units: 4 }],
        ['Dense', { units: 2, activation: 'softmax' }],
        'Output',
      ),
    input: [6, 3],
  },
  {
    name: 'a Maxout network (a NeuroCanvas layer class)',
    graph: () =>
      chain(
        ['Input', { shape: [2] }],
        ['Maxout', { units: 4, pieces: 3 }],
        ['Dense', { units: 2, activation: 'softmax' }],
        'Output',
      ),
    input: [2],
  },
];

describe('writeLayersModel', () => {
  it.each(cases)(
    'writes $name so that tf.loadLayersModel predicts exactly as the compiled model',
    async ({ graph: build, input }) => {
      const tf = await loadTf();
      const graph = build();
      const fresh = await compileGraph(graph);
      const weights = perturbed(getNodeWeights(fresh.model, fresh.topology));
      fresh.model.dispose();
      const { model, topology } = await compileGraph(graph, { weights });

      const { modelJson, weightData } = writeLayersModel(topology, weights);
      const values = Object.values(weights).flatMap((ts) => ts.map((t) => t.values.length));
      expect(weightData.byteLength).toBe(4 * values.reduce((a, b) => a + b, 0));

      const loaded = await loadLayersFiles(tf, {
        'model.json': JSON.stringify(modelJson),
        'weights.bin': weightData,
      });
      const x = tf.tensor(wave(4 * input.reduce((p, d) => p * d, 1), 0.3), [4, ...input]);
      const expected = model.predict(x) as Tensor;
      const actual = loaded.predict(x) as Tensor;
      expect(actual.shape).toEqual(expected.shape);
      const want = expected.dataSync();
      const got = actual.dataSync();
      for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i]!, 6);
      tf.dispose([x, expected, actual]);
      model.dispose();
      loaded.dispose();
    },
  );

  it('names each weight <layer>/<weight>, in layer order, as tfjs does', async () => {
    const graph = chain(
      ['Input', { shape: [3] }],
      ['Dense', { units: 2 }],
      ['BatchNormalization', {}],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    );
    const { model, topology } = await compileGraph(graph);
    const weights = getNodeWeights(model, topology);
    const { modelJson } = writeLayersModel(topology, weights, { shardName: 'w.bin' });
    const tfjsNames = model.weights.map((w) => w.originalName);
    model.dispose();
    expect(modelJson.weightsManifest[0].paths).toEqual(['w.bin']);
    // tfjs lists trainable weights before the others; loading matches them by name.
    expect(modelJson.weightsManifest[0].weights.map((w) => w.name).sort()).toEqual(
      tfjsNames.sort(),
    );
    expect(modelJson.weightsManifest[0].weights.map((w) => w.name)).toEqual([
      'dense_1/kernel',
      'dense_1/bias',
      'batch_normalization_1/gamma',
      'batch_normalization_1/beta',
      'batch_normalization_1/moving_mean',
      'batch_normalization_1/moving_variance',
      'dense_2/kernel',
      'dense_2/bias',
    ]);
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.modelTopology).toBe(topology.json);
  });

  it('writes values little-endian, and leaves out nodes that are not part of the model', () => {
    let graph = chain(['Input', { shape: [1] }], ['Dense', { units: 1 }], 'Output');
    const input = graph.nodes[0]!.id;
    const dense = graph.nodes[1]!.id;
    const stray = addNode(graph, ['Dense', { units: 1 }], [input]);
    graph = stray.graph;
    const result = graphToKeras(graph);
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const weights: NodeWeights = {
      [dense]: [
        { name: 'kernel', shape: [1, 1], values: new Float32Array([1.5]) },
        { name: 'bias', shape: [1], values: new Float32Array([-2]) },
      ],
      [stray.id]: [{ name: 'kernel', shape: [1, 1], values: new Float32Array([9]) }],
    };
    const { modelJson, weightData } = writeLayersModel(result.topology, weights);
    expect(modelJson.weightsManifest[0].weights.map((w) => w.name)).toEqual([
      'dense_1/kernel',
      'dense_1/bias',
    ]);
    // 1.5 = 0x3FC00000 and -2 = 0xC0000000, least significant byte first.
    expect([...weightData]).toEqual([0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x00, 0xc0]);
  });

  it('refuses a weight whose values do not fill its shape', () => {
    const graph = chain(['Input', { shape: [2] }], ['Dense', { units: 1 }], 'Output');
    const result = graphToKeras(graph);
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const dense = graph.nodes[1]!.id;
    expect(() =>
      writeLayersModel(result.topology, {
        [dense]: [{ name: 'kernel', shape: [2, 1], values: new Float32Array(3) }],
      }),
    ).toThrow("The weight 'dense_1/kernel' has 3 values but its shape [2, 1] needs 2.");
  });
});
