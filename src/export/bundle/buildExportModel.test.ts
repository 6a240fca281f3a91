import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { compileGraph, getNodeWeights } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import { loadDataset } from '../../data';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import { buildExportModel } from './buildExportModel';
import { perturbedWeights } from './testing/exportModels';

const mlp = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 5, activation: 'tanh' }],
    ['BatchNormalization', {}],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

describe('buildExportModel', () => {
  it('carries the given weights per Keras layer, and outputs computed with them', async () => {
    const graph = mlp();
    const training = { ...defaultTraining(), seed: 3 };
    const { model, topology } = await compileGraph(graph, { seed: 3 });
    const weights = perturbedWeights(getNodeWeights(model, topology));
    model.dispose();

    const exported = await buildExportModel({ graph, weights, training });
    expect(exported.trained).toBe(true);
    expect([...exported.weights.keys()]).toEqual(topology.json.config.layers.map((l) => l.name));
    for (const [nodeId, tensors] of Object.entries(weights)) {
      const got = exported.weights.get(topology.layerNames.get(nodeId)!)!;
      expect(got.map((w) => w.name)).toEqual(tensors.map((t) => t.name));
      got.forEach((w, i) => expect(Array.from(w.values)).toEqual(Array.from(tensors[i]!.values)));
    }

    // The outputs are those of a model rebuilt independently from the same weights.
    const tf = await loadTf();
    const again = await compileGraph(graph, { weights });
    const input = exported.samples.inputs[0]!;
    const y = again.model.predict(tf.tensor(input.values, [...input.shape])) as Tensor;
    expect(Array.from(exported.samples.outputs[0]!.values)).toEqual(Array.from(y.dataSync()));
    expect(exported.samples.outputs[0]!.shape).toEqual([4, 2]);
    again.model.dispose();
  });

  it('without weights, exports the seeded starting weights and says it was not trained', async () => {
    const training = { ...defaultTraining(), seed: 11 };
    const a = await buildExportModel({ graph: mlp(), training });
    const b = await buildExportModel({ graph: mlp(), training });
    const c = await buildExportModel({ graph: mlp(), training: { ...training, seed: 12 } });
    expect(a.trained).toBe(false);
    const kernel = (m: typeof a) => Array.from(m.weights.get('dense_1')![0]!.values);
    expect(kernel(a)).toEqual(kernel(b));
    expect(kernel(a)).not.toEqual(kernel(c));
  });

  it("takes sample inputs from the project's dataset when its shape fits, else seeded random", async () => {
    const xor = await loadDataset('xor');
    const training = defaultTraining();
    const fromData = await buildExportModel(
      { graph: mlp(), training, dataset: { id: 'xor' } },
      { loadedDataset: xor },
    );
    expect(fromData.datasetId).toBe('xor');
    expect(Array.from(fromData.samples.inputs[0]!.values)).toEqual(
      Array.from(xor.test.x.slice(0, 8)),
    );

    const wide = chain(
      ['Input', { shape: [3] }],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    );
    const random = await buildExportModel({ graph: wide, training }, { loadedDataset: xor });
    expect(random.samples.inputs[0]!.shape).toEqual([4, 3]);
    const again = await buildExportModel({ graph: wide, training });
    expect(Array.from(random.samples.inputs[0]!.values)).toEqual(
      Array.from(again.samples.inputs[0]!.values),
    );
  });

  it('refuses a graph with errors, naming the problem', async () => {
    const broken = chain(['Input', { shape: [2] }], ['Dense', { units: 2 }]);
    await expect(buildExportModel({ graph: broken, training: defaultTraining() })).rejects.toThrow(
      /cannot be built/,
    );
  });
});
