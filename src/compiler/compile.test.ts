import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { addNode, chain } from '../graph/testing/build';
import type { Graph } from '../graph/types';
import { CompileError, compileGraph, getNodeWeights } from './compile';
import { loadTf } from './tf';
import { deriveSeed, graphToKeras, seedKerasModel } from './toKeras';

/** Two inputs (a vector and an image), a shared trunk by concatenation, two outputs. */
function twoHeaded(): Graph {
  let g = chain(['Input', { shape: [6] }]);
  const vector = g.nodes[0]!.id;
  const image = addNode(g, ['Input', { shape: [8, 8, 1] }]);
  const conv = addNode(image.graph, ['Conv2D', { filters: 4, kernelSize: [3, 3] }], [image.id]);
  const flat = addNode(conv.graph, 'Flatten', [conv.id]);
  const joined = addNode(flat.graph, 'Concatenate', [vector, flat.id]);
  const classes = addNode(
    joined.graph,
    ['Dense', { units: 3, activation: 'softmax' }],
    [joined.id],
  );
  const value = addNode(classes.graph, ['Dense', { units: 1, activation: 'linear' }], [joined.id]);
  const out1 = addNode(value.graph, 'Output', [classes.id]);
  g = addNode(
    out1.graph,
    ['Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
    [value.id],
  ).graph;
  return g;
}

describe('graphToKeras', () => {
  it('writes a functional model with every input, output, loss and metric', () => {
    const result = graphToKeras(twoHeaded());
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const { json, inputs, outputs } = result.topology;
    expect(json.class_name).toBe('Model');
    expect(inputs.map((i) => [i.layerName, i.shape])).toEqual([
      ['input_1', [6]],
      ['input_2', [8, 8, 1]],
    ]);
    expect(outputs.map((o) => [o.layerName, o.shape, o.loss, o.metrics])).toEqual([
      ['dense_1', [3], 'categorical_crossentropy', ['accuracy']],
      ['dense_2', [1], 'mean_squared_error', ['mae']],
    ]);
    const concat = json.config.layers.find((l) => l.class_name === 'Concatenate')!;
    expect(concat.inbound_nodes).toEqual([
      [
        ['input_1', 0, 0, {}],
        ['flatten_1', 0, 0, {}],
      ],
    ]);
    // Output markers build no layer.
    expect(json.config.layers.map((l) => l.class_name)).not.toContain('Output');
  });

  it('refuses a graph with errors and hands back the problems', () => {
    const result = graphToKeras(chain(['Input', { shape: [4] }], ['Dense', { units: 2 }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['no-output']);
  });
});

describe('compileGraph', () => {
  it('builds a tfjs model that takes both inputs and gives both outputs', async () => {
    const tf = await loadTf();
    const { model } = await compileGraph(twoHeaded());
    const [a, b] = model.predict([tf.ones([5, 6]), tf.ones([5, 8, 8, 1])]) as Tensor[];
    expect(a!.shape).toEqual([5, 3]);
    expect(b!.shape).toEqual([5, 1]);
    // Softmax rows sum to one.
    const sums = (await a!.sum(1).data()) as Float32Array;
    sums.forEach((s) => expect(s).toBeCloseTo(1, 5));
    tf.dispose([a!, b!]);
    model.dispose();
  });

  it('throws a CompileError that says what is wrong', async () => {
    const g = chain(['Input', { shape: [28, 28, 1] }], ['Dense', { units: 10 }], 'Output');
    await expect(compileGraph(g)).rejects.toThrow(CompileError);
    await expect(compileGraph(g)).rejects.toThrow(/Dense expects a vector.*28×28×1/);
  });

  it('puts stored weights in place, and reads them back unchanged', async () => {
    const tf = await loadTf();
    const g = chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 1, activation: 'linear' }],
      ['Output', { loss: 'mean_squared_error', metrics: [] }],
    );
    const dense = g.nodes[1]!.id;
    const weights = {
      [dense]: [
        { name: 'kernel', shape: [2, 1], values: new Float32Array([2, -3]) },
        { name: 'bias', shape: [1], values: new Float32Array([0.5]) },
      ],
    };
    const { model, topology } = await compileGraph(g, { weights });
    const y = model.predict(
      tf.tensor2d([
        [1, 1],
        [4, 2],
      ]),
    ) as Tensor;
    expect(Array.from(await y.data())).toEqual([2 - 3 + 0.5, 8 - 6 + 0.5]);
    expect(getNodeWeights(model, topology)).toEqual(weights);
    tf.dispose(y);
    model.dispose();
  });

  it('refuses weights that no longer fit the layer, naming both shapes', async () => {
    const g = chain(['Input', { shape: [3] }], ['Dense', { units: 2 }], 'Output');
    const weights = {
      [g.nodes[1]!.id]: [{ name: 'kernel', shape: [4, 2], values: new Float32Array(8) }],
    };
    await expect(compileGraph(g, { weights })).rejects.toThrow(
      /needs \[3,2\] \[2\] but the project has \[4,2\]/,
    );
  });

  it('trains: a compiled MLP learns XOR', async () => {
    const tf = await loadTf();
    const g = chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 1, activation: 'sigmoid' }],
      ['Output', { loss: 'binary_crossentropy', metrics: ['accuracy'] }],
    );
    // Fixed starting weights (a deterministic spread in [-1, 1]) so the run is the same every time.
    const spread = (n: number, phase: number) =>
      Float32Array.from({ length: n }, (_, i) => Math.sin(i * 2.39996 + phase));
    const [, hidden, out] = g.nodes.map((n) => n.id);
    const weights = {
      [hidden!]: [
        { name: 'kernel', shape: [2, 8], values: spread(16, 0.3) },
        { name: 'bias', shape: [8], values: new Float32Array(8) },
      ],
      [out!]: [
        { name: 'kernel', shape: [8, 1], values: spread(8, 1.1) },
        { name: 'bias', shape: [1], values: new Float32Array(1) },
      ],
    };
    const { model } = await compileGraph(g, { weights });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'binaryCrossentropy' });
    const xs = tf.tensor2d([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const ys = tf.tensor2d([[0], [1], [1], [0]]);
    const before = (model.evaluate(xs, ys) as Tensor).dataSync()[0]!;
    await model.fit(xs, ys, { epochs: 300, batchSize: 4, verbose: 0 });
    const after = (model.evaluate(xs, ys) as Tensor).dataSync()[0]!;
    const predictions = Array.from((model.predict(xs) as Tensor).dataSync()).map((p) =>
      p > 0.5 ? 1 : 0,
    );
    expect(after).toBeLessThan(before / 4);
    expect(predictions).toEqual([0, 1, 1, 0]);
    model.dispose();
  });

  it('builds the same starting weights from the same seed, and others from another', async () => {
    const g = chain(
      ['Input', { shape: [3] }],
      ['Dense', { units: 4, activation: 'relu' }],
      ['Maxout', { units: 2, pieces: 2 }],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    );
    const start = async (seed: number) => {
      const { model, topology } = await compileGraph(g, { seed });
      const weights = getNodeWeights(model, topology);
      model.dispose();
      return weights;
    };
    const a = await start(11);
    expect(await start(11)).toEqual(a);
    const b = await start(12);
    // Every seeded kernel changes with the seed; the zero biases do not.
    for (const id of Object.keys(a)) expect(b[id]![0]!.values).not.toEqual(a[id]![0]!.values);
  });
});

describe('seedKerasModel', () => {
  it('seeds every unseeded initializer and Dropout, each with its own seed', () => {
    const g = chain(
      ['Input', { shape: [3] }],
      ['Dense', { units: 4 }],
      ['Dropout', { rate: 0.5 }],
      ['Dense', { units: 4 }],
      'Output',
    );
    const result = graphToKeras(g);
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const seeded = seedKerasModel(result.topology.json, 5);
    const seeds = seeded.config.layers.flatMap((l) =>
      Object.entries(l.config).flatMap(([key, v]) => {
        if (key === 'seed') return [v];
        const config = (v as { config?: { seed?: unknown } } | null)?.config;
        return config && 'seed' in config ? [config.seed] : [];
      }),
    );
    // Two Dense kernels (glorot) and the Dropout; zero biases have no seed.
    expect(seeds).toHaveLength(3);
    expect(seeds.every((s) => Number.isInteger(s))).toBe(true);
    expect(new Set(seeds).size).toBe(3);
    // The topology itself is left as it was, for the exporters.
    expect(JSON.stringify(result.topology.json)).not.toMatch(/"seed":\d/);
  });

  it.each([
    { seed: 0, name: 'a' },
    { seed: 2_147_483_647, name: 'dense_1/kernel_initializer' },
  ])('derives a 31-bit seed from $seed and "$name"', ({ seed, name }) => {
    const derived = deriveSeed(seed, name);
    expect(derived).toBe(deriveSeed(seed, name));
    expect(derived).toBeGreaterThanOrEqual(0);
    expect(derived).toBeLessThan(2 ** 31);
    expect(deriveSeed(seed + 1, name)).not.toBe(derived);
  });
});
