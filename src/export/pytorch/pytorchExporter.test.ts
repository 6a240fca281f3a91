import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../layers/defaults';
import type { ParamSchema } from '../../layers/params';
import { allLayers } from '../../layers/registry';
import { readNpz } from '../../numpy/npz';
import type { ExportModel } from '../bundle/types';
import { samePads } from './layers/common';
import { PythonNames } from './names';
import { permutation } from './plan';
import { pytorchExporter } from './pytorchExporter';
import { PYTORCH_LAYERS } from './table';
import { permute } from './tensors';
import { wrapLine } from './python/wrap';
import { exportModelOf, graphOf } from './testing/cases';

/** Every Keras class a layer type writes, for its defaults and for each choice of each select. */
function emittedClasses(): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of allLayers) {
    const base = defaultParams(def);
    const variants = [base];
    for (const [key, spec] of Object.entries(def.params as ParamSchema)) {
      if (spec.kind === 'select')
        for (const o of spec.options) variants.push({ ...base, [key]: o.value });
    }
    for (const params of variants) {
      const keras = def.toKeras(params, []);
      if (keras) out.set(keras.class_name, def.type);
    }
  }
  return out;
}

describe('the PyTorch layer table', () => {
  it('has an entry for every Keras class the compiler writes', () => {
    const missing = [...emittedClasses()].filter(([cls]) => !(cls in PYTORCH_LAYERS));
    expect(missing).toEqual([]);
  });

  it('lists no class the compiler never writes', () => {
    const emitted = emittedClasses();
    expect(Object.keys(PYTORCH_LAYERS).filter((cls) => !emitted.has(cls))).toEqual([]);
  });
});

describe('pytorchExporter.unsupported', () => {
  it('names a layer of a class it does not know, with the reason', async () => {
    const model = await exportModelOf(
      graphOf([['Input', { shape: [3] }], ['Dense', { units: 2 }], 'Output']),
    );
    expect(pytorchExporter.unsupported(model)).toEqual([]);
    const layers = model.topology.json.config.layers.map((l) =>
      l.class_name === 'Dense' ? { ...l, class_name: 'Lambda' } : l,
    );
    const json = { ...model.topology.json, config: { ...model.topology.json.config, layers } };
    const odd: ExportModel = { ...model, topology: { ...model.topology, json } };
    expect(pytorchExporter.unsupported(odd)).toEqual([
      {
        layerName: 'dense_1',
        className: 'Lambda',
        reason: 'PyTorch export does not know the Keras class Lambda.',
        code: 'pytorch-unknown-class',
        values: { className: 'Lambda' },
      },
    ]);
  });
});

describe('pytorchExporter.write', () => {
  it('writes the bundle files, with weights in PyTorch layouts under state-dict names', async () => {
    const model = await exportModelOf(
      graphOf([
        ['Input', { shape: [5, 5, 2] }],
        ['Conv2D', { filters: 3, kernelSize: [2, 3] }],
        ['BatchNormalization', { momentum: 0.99, epsilon: 0.001 }],
        'Flatten',
        ['Dense', { units: 4, activation: 'softmax' }],
        'Output',
      ]),
    );
    const files = new Map(pytorchExporter.write(model).map((f) => [f.path, f.data]));
    expect([...files.keys()]).toEqual([
      'model.py',
      'weights.npz',
      'verify.py',
      'train.py',
      'README.md',
    ]);
    const weights = readNpz(files.get('weights.npz') as Uint8Array);
    expect(Object.fromEntries([...weights].map(([k, v]) => [k, v.shape]))).toEqual({
      'conv2d_1.weight': [3, 2, 2, 3],
      'conv2d_1.bias': [3],
      'batch_normalization_1.weight': [3],
      'batch_normalization_1.bias': [3],
      'batch_normalization_1.running_mean': [3],
      'batch_normalization_1.running_var': [3],
      'dense_1.weight': [4, 36],
      'dense_1.bias': [4],
    });
    // Keras kernel [kh, kw, in, out] → [out, in, kh, kw]: element (1, 2, 1, 0) moves to (0, 1, 1, 2).
    const kernel = model.weights.get('conv2d_1')!.find((w) => w.name === 'kernel')!;
    const torchKernel = weights.get('conv2d_1.weight')!.data as Float32Array;
    expect(torchKernel[0 * 12 + 1 * 6 + 1 * 3 + 2]).toBe(kernel.values[1 * 18 + 2 * 6 + 1 * 3 + 0]);
    const code = files.get('model.py') as string;
    expect(code).toContain('nn.BatchNorm2d(3, eps=0.001, momentum=0.01)');
    // Flatten reads NHWC order, so the Dense kernel needs no reordering.
    expect(code).toContain('batch_normalization_1.permute(0, 2, 3, 1)');
    expect(code).toContain('input "input_1": [batch, 2, 5, 5] (NCHW)');
  });
});

describe('samePads', () => {
  it.each([
    // n, kernel, stride, dilation → [before, after]
    [9, 3, 1, 1, [1, 1]],
    [9, 4, 1, 1, [1, 2]],
    [9, 4, 2, 1, [1, 2]],
    [10, 3, 2, 1, [0, 1]],
    [10, 1, 2, 1, [0, 0]],
    [10, 3, 1, 2, [2, 2]],
    [7, 2, 3, 1, [0, 1]],
  ] as const)('n %i, k %i, s %i, d %i → %j', (n, k, s, d, pads) => {
    expect(samePads(n, k, s, d)).toEqual(pads);
  });
});

describe('permute and permutation', () => {
  it('moves axes as numpy.transpose does', () => {
    const t = { shape: [2, 3], values: Float32Array.from([0, 1, 2, 3, 4, 5]) };
    expect(permute(t, [1, 0])).toEqual({
      shape: [3, 2],
      values: Float32Array.from([0, 3, 1, 4, 2, 5]),
    });
  });

  it.each([
    [2, 'first', [0, 2, 1]],
    [3, 'first', [0, 3, 1, 2]],
    [3, 'last', [0, 2, 3, 1]],
    [4, 'first', [0, 4, 1, 2, 3]],
  ] as const)('rank %i to channels %s: %j', (rank, to, dims) => {
    expect(permutation(rank, to)).toEqual(dims);
  });
});

describe('PythonNames', () => {
  it.each([
    ['conv2d_1', 'conv2d_1'],
    ['Conv 2D-1', 'conv_2d_1'],
    ['2nd', 'layer_2nd'],
    ['class', 'class_layer'],
    ['forward', 'forward_layer'],
    ['training', 'training_layer'],
    ['---', 'layer'],
  ])('%s → %s', (name, python) => {
    expect(new PythonNames().take(name)).toBe(python);
  });

  it('keeps names unique', () => {
    const names = new PythonNames();
    expect(['dense', 'Dense', 'dense'].map((n) => names.take(n))).toEqual([
      'dense',
      'dense_2',
      'dense_3',
    ]);
  });
});

describe('wrapLine', () => {
  it('leaves short lines alone', () => {
    expect(wrapLine('x = f(a, b)', '    ')).toEqual(['    x = f(a, b)']);
  });

  it('puts the arguments of a long call on lines of their own', () => {
    const line = `self.gru = GRU(3, units=4, activation=functools.partial(torch.softmax, dim=-1), ${'x'.repeat(40)}=1)`;
    expect(wrapLine(line, '        ')).toEqual([
      '        self.gru = GRU(',
      '            3,',
      '            units=4,',
      '            activation=functools.partial(torch.softmax, dim=-1),',
      `            ${'x'.repeat(40)}=1`,
      '        )',
    ]);
  });

  it('leaves a long line alone when it is not one call with several arguments', () => {
    const line = `y = torch.relu(self.${'c'.repeat(100)}(x))`;
    expect(wrapLine(line, '')).toEqual([line]);
  });
});
