import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data';
import { chain } from '../../graph/testing/build';
import { readNpz } from '../../numpy';
import { bundleFiles, UnsupportedExportError } from './bundleFiles';
import { unsupportedByTarget } from './registry';
import { exportModelOf } from './testing/exportModels';
import type { ExportModel } from './types';

const mlp = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 4, activation: 'relu' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

describe('bundleFiles', () => {
  it('adds samples.npz with the inputs and outputs of the model, in order', async () => {
    const model = await exportModelOf(mlp());
    const npz = bundleFiles(model, 'tfjs').find((f) => f.path === 'samples.npz')!;
    const arrays = readNpz(npz.data as Uint8Array);
    expect([...arrays.keys()]).toEqual(['input_0', 'output_0']);
    expect(arrays.get('input_0')!.shape).toEqual(model.samples.inputs[0]!.shape);
    expect(Array.from(arrays.get('output_0')!.data as Float32Array)).toEqual(
      Array.from(model.samples.outputs[0]!.values),
    );
  });

  it('adds the dataset as data.npz for Python targets that do not load it themselves', async () => {
    const xor = await loadDataset('xor');
    const model = await exportModelOf(mlp(), { dataset: xor, datasetRef: { id: 'xor' } });
    const keras = bundleFiles(model, 'keras', { dataset: xor });
    const data = readNpz(keras.find((f) => f.path === 'data.npz')!.data as Uint8Array);
    expect(data.get('x_train')!.shape).toEqual([xor.train.count, 2]);
    expect(data.get('y_test')!.shape).toEqual([xor.test.count, 2]);
    expect(Array.from(data.get('x_test')!.data as Float32Array)).toEqual(Array.from(xor.test.x));
    expect(bundleFiles(model, 'tfjs', { dataset: xor }).some((f) => f.path === 'data.npz')).toBe(
      false,
    );
  });

  it('refuses, listing every layer, when the target cannot express them', async () => {
    const model = await exportModelOf(mlp());
    // A model naming a class no exporter knows stands in for a layer a target lacks.
    const odd: ExportModel = {
      ...model,
      topology: {
        ...model.topology,
        json: {
          ...model.topology.json,
          config: {
            ...model.topology.json.config,
            layers: model.topology.json.config.layers.map((l) =>
              l.name === 'dense_1' ? { ...l, class_name: 'Wobble' } : l,
            ),
          },
        },
      },
    };
    expect(() => bundleFiles(odd, 'keras')).toThrow(UnsupportedExportError);
    expect(() => bundleFiles(odd, 'keras')).toThrow(/dense_1 \(Wobble\)/);
    const keras = unsupportedByTarget(odd).find((s) => s.target === 'keras')!;
    expect(keras.available && keras.unsupported.map((u) => u.layerName)).toEqual(['dense_1']);
  });

  it('lists every target, each able to take a plain model', async () => {
    const model = await exportModelOf(mlp());
    expect(unsupportedByTarget(model)).toEqual([
      { target: 'tfjs', available: true, unsupported: [] },
      { target: 'keras', available: true, unsupported: [] },
      { target: 'pytorch', available: true, unsupported: [] },
      { target: 'onnx', available: true, unsupported: [] },
    ]);
  });
});
