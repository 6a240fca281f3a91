import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../compiler/compile';
import { loadTf, type Tf } from '../../compiler/tf';
import type { Graph } from '../../graph/types';
import type { NodeWeights } from '../../project/weights';
import { saveModel } from './fixtures/artifacts';
import { readModelJson, type ImportResult } from './readModelJson';

let tf: Tf;
beforeAll(async () => {
  tf = await loadTf();
});
afterAll(() => tf.disposeVariables());

function imported(result: ImportResult): {
  graph: Graph;
  weights?: NodeWeights;
  warnings: string[];
} {
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result;
}
function importError(result: ImportResult): string {
  if (result.ok) throw new Error('import succeeded but should have failed');
  return result.error;
}

describe('weights saved by tfjs', () => {
  it('land on the right nodes, in tfjs order, and predict what the original predicts', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ name: 'hidden', units: 5, inputShape: [3], activation: 'relu' }),
        tf.layers.batchNormalization({ name: 'norm' }),
        tf.layers.dense({ name: 'score', units: 2, activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
    const xs = tf.randomNormal([32, 3], 0, 1, 'float32', 7);
    const ys = tf.oneHot(
      tf.tensor1d(
        Array.from({ length: 32 }, (_, i) => i % 2),
        'int32',
      ),
      2,
    );
    await model.fit(xs, ys, { epochs: 3, batchSize: 8, verbose: 0 });
    const saved = await saveModel(tf, model, { includeOptimizer: true });

    const { graph, weights, warnings } = imported(
      readModelJson(saved.text, { weightData: saved.weightData }),
    );
    const nodeOf = (name: string) => graph.nodes.find((n) => n.name === name)!.id;
    expect(Object.keys(weights!).sort()).toEqual(
      [nodeOf('hidden'), nodeOf('norm'), nodeOf('score')].sort(),
    );
    for (const name of ['hidden', 'norm', 'score']) {
      const layer = model.getLayer(name);
      const stored = weights![nodeOf(name)]!;
      expect(stored.map((w) => w.name)).toEqual(
        layer.weights.map((w) => w.originalName.split('/').pop()),
      );
      const real = layer.getWeights();
      stored.forEach((w, i) => {
        expect(w.shape).toEqual(real[i]!.shape);
        expect(Array.from(w.values)).toEqual(Array.from(real[i]!.dataSync()));
      });
    }
    // tfjs saves all trainable weights first, then the moving statistics; the node keeps layer order.
    expect(weights![nodeOf('norm')]!.map((w) => w.name)).toEqual([
      'gamma',
      'beta',
      'moving_mean',
      'moving_variance',
    ]);
    expect(graph.nodes.find((n) => n.type === 'Output')!.params.loss).toBe(
      'categorical_crossentropy',
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The optimiser state saved with the model \(\d+ tensors\) was not imported\.$/,
      ),
    ]);

    const compiled = await compileGraph(graph, { weights });
    const probe = tf.randomNormal([4, 3], 0, 1, 'float32', 11);
    const expected = (model.predict(probe) as ReturnType<Tf['tensor']>).arraySync() as number[][];
    const actual = (
      compiled.model.predict(probe) as ReturnType<Tf['tensor']>
    ).arraySync() as number[][];
    actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 5)));
    compiled.model.dispose();
    model.dispose();
    tf.dispose([xs, ys, probe]);
  });
});

describe('weight manifests', () => {
  /** Dense 'd1': 3 inputs → 2 units, so a 3×2 kernel and 2 biases, 8 floats in all. */
  const topology = {
    class_name: 'Sequential',
    config: {
      name: 's',
      layers: [
        { class_name: 'Dense', config: { name: 'd1', units: 2, batch_input_shape: [null, 3] } },
      ],
    },
  };
  const modelJson = (weights: unknown[]) =>
    JSON.stringify({ modelTopology: topology, weightsManifest: [{ paths: ['w.bin'], weights }] });
  const kernel = (name = 'd1/kernel', extra = {}) => ({
    name,
    shape: [3, 2],
    dtype: 'float32',
    ...extra,
  });
  const bias = (name = 'd1/bias') => ({ name, shape: [2], dtype: 'float32' });
  const floats = (n: number) => new Float32Array(Array.from({ length: n }, (_, i) => i + 0.5));

  it('maps names with outer scopes and a :0 suffix to the layer', () => {
    const text = modelJson([kernel('model/d1/kernel:0'), bias('model/d1/bias:0')]);
    const { weights } = imported(
      readModelJson(text, { weightData: new Uint8Array(floats(8).buffer) }),
    );
    expect(weights).toEqual({
      n2: [
        { name: 'kernel', shape: [3, 2], values: floats(6) },
        { name: 'bias', shape: [2], values: new Float32Array([6.5, 7.5]) },
      ],
    });
  });

  it('reads from a Uint8Array that is a window into a larger buffer', () => {
    const big = new Uint8Array(8 * 4 + 3);
    big.set(new Uint8Array(floats(8).buffer), 3);
    const { weights } = imported(
      readModelJson(modelJson([kernel(), bias()]), { weightData: big.subarray(3) }),
    );
    expect(weights!.n2![0]!.values).toEqual(floats(6));
  });

  it('leaves out weights of no layer, with a warning', () => {
    const text = modelJson([
      kernel(),
      { name: 'elsewhere/thing', shape: [1], dtype: 'float32' },
      bias(),
    ]);
    const { weights, warnings } = imported(readModelJson(text, { weightData: floats(9).buffer }));
    expect(weights!.n2!.map((w) => Array.from(w.values))).toEqual([
      [0.5, 1.5, 2.5, 3.5, 4.5, 5.5],
      [7.5, 8.5],
    ]);
    expect(warnings).toEqual([
      "Some weights belong to no layer of the model and were left out: 'elsewhere/thing'.",
    ]);
  });

  it('keeps the architecture but drops weights that do not fit the layer', () => {
    const text = modelJson([{ name: 'd1/kernel', shape: [4, 2], dtype: 'float32' }, bias()]);
    const result = imported(readModelJson(text, { weightData: floats(10).buffer }));
    expect(result.weights).toBeUndefined();
    expect(result.warnings).toEqual([
      "The weights were not imported: layer 'd1' has 10 stored values, but as imported it has 8 parameters.",
    ]);
  });

  it('warns when weight data comes without a manifest', () => {
    const result = imported(
      readModelJson(JSON.stringify(topology), { weightData: floats(8).buffer }),
    );
    expect(result.weights).toBeUndefined();
    expect(result.warnings).toEqual([
      'Weight data was given, but model.json lists no weights, so none were imported.',
    ]);
  });

  it('imports the topology alone when no weight data is given', () => {
    const result = imported(readModelJson(modelJson([kernel(), bias()])));
    expect(result.weights).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it.each([
    {
      label: 'too little data',
      weights: [kernel(), bias()],
      bytes: 28,
      error:
        'The weight data has 28 bytes, but model.json describes 32 bytes of weights (2 tensors). A weight file is missing, truncated or from another model.',
    },
    {
      label: 'too much data',
      weights: [kernel(), bias()],
      bytes: 36,
      error:
        'The weight data has 36 bytes, but model.json describes 32 bytes of weights (2 tensors). A weight file is missing, truncated or from another model.',
    },
    {
      label: 'an int32 weight',
      weights: [kernel('d1/kernel', { dtype: 'int32' }), bias()],
      bytes: 32,
      error:
        "The weight 'd1/kernel' is stored as int32; NeuroCanvas imports float32 weights only. Convert the model again without quantisation.",
    },
    {
      label: 'a quantised weight',
      weights: [
        kernel('d1/kernel', { quantization: { dtype: 'uint8', scale: 0.1, min: 0 } }),
        bias(),
      ],
      bytes: 6 + 8,
      error:
        "The weight 'd1/kernel' is stored quantised to uint8; NeuroCanvas imports float32 weights only. Convert the model again without quantisation.",
    },
    {
      label: 'a string weight',
      weights: [kernel('d1/kernel', { dtype: 'string' })],
      bytes: 0,
      error: `The weight 'd1/kernel' has the data type "string", which NeuroCanvas cannot read.`,
    },
    {
      label: 'a shape that is not a list',
      weights: [kernel('d1/kernel', { shape: 'big' })],
      bytes: 0,
      error: `The weight 'd1/kernel' has no valid shape (a list of whole numbers): "big".`,
    },
    {
      label: 'a negative dimension',
      weights: [kernel('d1/kernel', { shape: [3, -2] })],
      bytes: 0,
      error: "The weight 'd1/kernel' has no valid shape (a list of whole numbers): [3, -2].",
    },
    {
      label: 'a huge tensor',
      weights: [kernel('d1/kernel', { shape: [1e6, 1e6] })],
      bytes: 0,
      error: "The weight 'd1/kernel' is too large (1000000000000 values).",
    },
    {
      label: 'an entry without a name',
      weights: [{ shape: [1] }],
      bytes: 4,
      error: 'Weight 1 in the weight manifest has no name.',
    },
    {
      label: 'an entry that is not an object',
      weights: [7],
      bytes: 4,
      error: 'Weight 1 in the weight manifest has no name.',
    },
  ])('refuses $label', ({ weights, bytes, error }) => {
    expect(
      importError(readModelJson(modelJson(weights), { weightData: new Uint8Array(bytes) })),
    ).toBe(error);
  });

  it('refuses a weight group without a list of weights', () => {
    const text = JSON.stringify({
      modelTopology: topology,
      weightsManifest: [{ paths: ['w.bin'] }],
    });
    expect(importError(readModelJson(text, { weightData: new Uint8Array(0) }))).toBe(
      "Group 1 of 'weightsManifest' has no list of 'weights'.",
    );
  });

  it('refuses weight data that is not binary', () => {
    const result = readModelJson(modelJson([kernel(), bias()]), { weightData: 'abc' as never });
    expect(importError(result)).toBe(
      'The weight data should be binary (an ArrayBuffer or Uint8Array).',
    );
  });
});
