/**
 * Every layer type PyTorch can express, and whole models, exported and run in real PyTorch: the
 * bundle's own verify.py must find the outputs within 1e-4 of tfjs' on fixed inputs. All bundles
 * are written first, then one Python process verifies them all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNpz } from '../../numpy/npz';
import type { NpyArray } from '../../numpy/types';
import { missingPython, runPython } from '../../numpy/testing/python';
import type { ExportModel } from '../bundle/types';
import { pytorchExporter } from './pytorchExporter';
import type { NodeSpec } from '../../graph/testing/build';
import { exportModelOf, graphOf, type Step } from './testing/cases';

const missing = missingPython(['torch', 'numpy']);
const TOLERANCE = 1e-4;

/** Any shape may leave the model through a regression output. */
const OUT: Step = ['Output', { loss: 'mean_squared_error', metrics: [] }];
const to = (spec: Step, ...from: number[]): Step => ({ spec: spec as NodeSpec, from });

const image = (shape = [9, 9, 2]): Step => ['Input', { shape }];
const sequence = (shape = [7, 3]): Step => ['Input', { shape }];
const vector = (n = 6): Step => ['Input', { shape: [n] }];

const conv = (p: Record<string, unknown>): Step =>
  ['Conv2D', { filters: 3, kernelSize: [3, 3], activation: 'linear', ...p }] as Step;

const cases: Record<string, Step[]> = {
  // Core
  'Dense (relu, bias) into Dense (softmax)': [
    vector(),
    ['Dense', { units: 8 }],
    ['Dense', { units: 4, activation: 'softmax' }],
    OUT,
  ],
  'Dense without bias, selu': [
    vector(),
    ['Dense', { units: 5, useBias: false, activation: 'selu' }],
    OUT,
  ],
  'Dense with elu and softplus': [
    vector(),
    ['Dense', { units: 5, activation: 'elu' }],
    ['Dense', { units: 3, activation: 'softplus' }],
    OUT,
  ],
  Maxout: [vector(), ['Maxout', { units: 4, pieces: 3 }], OUT],
  'Maxout without bias': [vector(), ['Maxout', { units: 2, pieces: 2, useBias: false }], OUT],
  'Dropout (identity in eval)': [
    vector(),
    ['Dense', { units: 8, activation: 'linear' }],
    ['Dropout', { rate: 0.5 }],
    OUT,
  ],
  // Activations
  ...Object.fromEntries(
    ['linear', 'sigmoid', 'tanh', 'relu', 'selu', 'softplus', 'softmax'].map((a) => [
      `Activation ${a}`,
      [
        vector(),
        ['Dense', { units: 6, activation: 'linear' }],
        ['Activation', { activation: a }],
        OUT,
      ] as Step[],
    ]),
  ),
  'LeakyReLU with α 0.2': [
    vector(),
    ['Dense', { units: 6, activation: 'linear' }],
    ['Activation', { activation: 'leaky_relu', leakyAlpha: 0.2 }],
    OUT,
  ],
  'ELU with α 0.5': [
    vector(),
    ['Dense', { units: 6, activation: 'linear' }],
    ['Activation', { activation: 'elu', eluAlpha: 0.5 }],
    OUT,
  ],
  'softmax over the channels of an image': [image(), conv({ activation: 'softmax' }), OUT],
  'Activation on an image': [image(), conv({}), ['Activation', { activation: 'softmax' }], OUT],
  // Normalisation
  'BatchNormalization of a vector': [vector(), ['BatchNormalization', { epsilon: 0.01 }], OUT],
  'BatchNormalization of an image': [image(), conv({}), ['BatchNormalization', {}], OUT],
  'BatchNormalization of a sequence': [sequence(), ['BatchNormalization', {}], OUT],
  'BatchNormalization without center': [vector(), ['BatchNormalization', { center: false }], OUT],
  'BatchNormalization without scale': [image(), ['BatchNormalization', { scale: false }], OUT],
  'BatchNormalization without either': [
    vector(),
    ['BatchNormalization', { center: false, scale: false }],
    OUT,
  ],
  'LayerNormalization of a vector': [vector(), ['LayerNormalization', {}], OUT],
  'LayerNormalization of an image': [
    image(),
    conv({}),
    ['LayerNormalization', { center: false }],
    OUT,
  ],
  'LayerNormalization without scale': [sequence(), ['LayerNormalization', { scale: false }], OUT],
  // Reshaping
  'Flatten after a convolution': [
    image(),
    conv({ activation: 'relu' }),
    'Flatten',
    ['Dense', { units: 3, activation: 'linear' }],
    OUT,
  ],
  'Reshape of a vector into an image': [
    vector(12),
    ['Reshape', { targetShape: [2, 2, 3] }],
    conv({ kernelSize: [2, 2] }),
    OUT,
  ],
  'Reshape of an image into a vector': [
    image([4, 4, 3]),
    conv({ kernelSize: [1, 1] }),
    ['Reshape', { targetShape: [48] }],
    OUT,
  ],
  'Reshape into a sequence': [
    vector(12),
    ['Reshape', { targetShape: [4, 3] }],
    ['LSTM', { units: 2 }],
    OUT,
  ],
  ZeroPadding2D: [image(), ['ZeroPadding2D', { padding: [1, 2] }], conv({}), OUT],
  // Convolutions
  'Conv2D valid, strides 2×1': [image(), conv({ strides: [2, 1], activation: 'relu' }), OUT],
  'Conv2D same, even kernel, stride 2': [
    image(),
    conv({ kernelSize: [4, 4], strides: [2, 2], padding: 'same' }),
    OUT,
  ],
  'Conv2D same, odd kernel': [
    image(),
    conv({ kernelSize: [3, 5], padding: 'same', activation: 'tanh' }),
    OUT,
  ],
  'Conv2D dilated, no bias': [image(), conv({ dilation: [2, 2], useBias: false }), OUT],
  'Conv1D valid': [
    sequence([10, 3]),
    ['Conv1D', { filters: 4, kernelSize: 3, activation: 'relu' }],
    OUT,
  ],
  'Conv1D same, even kernel, stride 2': [
    sequence([10, 3]),
    ['Conv1D', { filters: 4, kernelSize: 4, strides: 2, padding: 'same' }],
    OUT,
  ],
  'Conv1D dilated, same': [
    sequence([10, 3]),
    ['Conv1D', { filters: 2, kernelSize: 3, dilation: 2, padding: 'same', useBias: false }],
    OUT,
  ],
  'DepthwiseConv2D, multiplier 2, same, stride 2': [
    image(),
    [
      'DepthwiseConv2D',
      {
        kernelSize: [3, 3],
        strides: [2, 2],
        padding: 'same',
        depthMultiplier: 2,
        activation: 'linear',
      },
    ],
    OUT,
  ],
  'DepthwiseConv2D valid': [
    image(),
    ['DepthwiseConv2D', { kernelSize: [2, 3], activation: 'relu' }],
    OUT,
  ],
  'SeparableConv2D, multiplier 2, same, even kernel': [
    image(),
    [
      'SeparableConv2D',
      { filters: 4, kernelSize: [2, 2], padding: 'same', depthMultiplier: 2, activation: 'linear' },
    ],
    OUT,
  ],
  'SeparableConv2D dilated, no bias': [
    image(),
    [
      'SeparableConv2D',
      { filters: 3, kernelSize: [3, 3], dilation: [2, 2], useBias: false, activation: 'linear' },
    ],
    OUT,
  ],
  'Conv2DTranspose same, kernel 3, stride 2': [
    image([4, 5, 2]),
    [
      'Conv2DTranspose',
      { filters: 3, kernelSize: [3, 3], strides: [2, 2], padding: 'same', activation: 'linear' },
    ],
    OUT,
  ],
  'Conv2DTranspose same, kernel 4, stride 2': [
    image([4, 5, 2]),
    [
      'Conv2DTranspose',
      { filters: 3, kernelSize: [4, 4], strides: [2, 2], padding: 'same', activation: 'linear' },
    ],
    OUT,
  ],
  'Conv2DTranspose valid, kernel 3, stride 2': [
    image([4, 5, 2]),
    [
      'Conv2DTranspose',
      { filters: 2, kernelSize: [3, 3], strides: [2, 2], padding: 'valid', activation: 'relu' },
    ],
    OUT,
  ],
  'Conv2DTranspose valid, kernel smaller than stride': [
    image([4, 5, 2]),
    [
      'Conv2DTranspose',
      { filters: 2, kernelSize: [1, 2], strides: [3, 3], padding: 'valid', activation: 'linear' },
    ],
    OUT,
  ],
  'Conv2DTranspose same, stride 1, no bias': [
    image([4, 5, 2]),
    [
      'Conv2DTranspose',
      {
        filters: 2,
        kernelSize: [2, 3],
        strides: [1, 1],
        padding: 'same',
        useBias: false,
        activation: 'linear',
      },
    ],
    OUT,
  ],
  // Pooling
  'MaxPooling2D valid': [image(), ['MaxPooling2D', {}], OUT],
  'MaxPooling2D same, 3×3 stride 2': [
    image(),
    ['MaxPooling2D', { poolSize: [3, 3], strides: [2, 2], padding: 'same' }],
    OUT,
  ],
  'AveragePooling2D valid': [
    image(),
    ['AveragePooling2D', { poolSize: [3, 2], strides: [2, 1] }],
    OUT,
  ],
  'AveragePooling2D same (padding not counted)': [
    image(),
    ['AveragePooling2D', { poolSize: [2, 2], strides: [2, 2], padding: 'same' }],
    OUT,
  ],
  'MaxPooling1D same': [
    sequence([9, 3]),
    ['MaxPooling1D', { poolSize: 2, strides: 2, padding: 'same' }],
    OUT,
  ],
  'AveragePooling1D same and valid': [
    sequence([9, 3]),
    ['AveragePooling1D', { poolSize: 3, strides: 2, padding: 'same' }],
    ['AveragePooling1D', { poolSize: 2, strides: 1 }],
    OUT,
  ],
  GlobalAveragePooling2D: [image(), conv({}), 'GlobalAveragePooling2D', OUT],
  GlobalMaxPooling2D: [image(), conv({}), 'GlobalMaxPooling2D', OUT],
  'GlobalAveragePooling1D after Conv1D': [
    sequence(),
    ['Conv1D', { filters: 4, kernelSize: 2 }],
    'GlobalAveragePooling1D',
    OUT,
  ],
  'GlobalAveragePooling1D after an LSTM': [
    sequence(),
    ['LSTM', { units: 3, returnSequences: true }],
    'GlobalAveragePooling1D',
    OUT,
  ],
  UpSampling2D: [image([3, 4, 2]), ['UpSampling2D', { size: [2, 3] }], OUT],
  // Recurrent
  'SimpleRNN tanh': [sequence(), ['SimpleRNN', { units: 4 }], OUT],
  'SimpleRNN relu, sequences': [
    sequence(),
    ['SimpleRNN', { units: 4, activation: 'relu', returnSequences: true }],
    OUT,
  ],
  'SimpleRNN sigmoid, no bias': [
    sequence(),
    ['SimpleRNN', { units: 4, activation: 'sigmoid', useBias: false }],
    OUT,
  ],
  'SimpleRNN with dropout': [
    sequence(),
    ['SimpleRNN', { units: 4, dropout: 0.3, recurrentDropout: 0.2 }],
    OUT,
  ],
  LSTM: [sequence(), ['LSTM', { units: 5 }], OUT],
  'LSTM hard sigmoid': [
    sequence(),
    ['LSTM', { units: 4, recurrentActivation: 'hard_sigmoid' }],
    OUT,
  ],
  'LSTM relu, no bias, sequences': [
    sequence(),
    ['LSTM', { units: 4, activation: 'relu', useBias: false, returnSequences: true }],
    OUT,
  ],
  'LSTM with dropout': [
    sequence(),
    ['LSTM', { units: 3, dropout: 0.2, recurrentDropout: 0.2 }],
    OUT,
  ],
  GRU: [sequence(), ['GRU', { units: 5 }], OUT],
  'GRU hard sigmoid, sequences': [
    sequence(),
    ['GRU', { units: 4, recurrentActivation: 'hard_sigmoid', returnSequences: true }],
    OUT,
  ],
  'GRU no bias, softmax': [
    sequence(),
    ['GRU', { units: 3, useBias: false, activation: 'softmax' }],
    OUT,
  ],
  // Merges
  'Add, Multiply and Average of vectors': [
    vector(),
    ['Dense', { units: 4, activation: 'tanh' }],
    to(['Dense', { units: 4, activation: 'linear' }], 0),
    to(['Add', {}], 1, 2),
    to(['Multiply', {}], 1, 2, 3),
    to(['Average', {}], 3, 4),
    OUT,
  ],
  'Concatenate images on the channels': [
    image(),
    conv({}),
    to(conv({ filters: 2, padding: 'valid' }), 0),
    to(['Concatenate', { axis: -1 }], 1, 2),
    OUT,
  ],
  'Concatenate images along the height': [
    image(),
    conv({}),
    to(conv({}), 0),
    to(['Concatenate', { axis: 1 }], 1, 2),
    OUT,
  ],
  'Add of a channels-first and a channels-last sequence': [
    sequence([8, 3]),
    ['Conv1D', { filters: 4, kernelSize: 1, activation: 'linear' }],
    to(['LSTM', { units: 4, returnSequences: true }], 0),
    to(['Add', {}], 1, 2),
    'Flatten',
    OUT,
  ],
  // Whole models
  LeNet: [
    image([28, 28, 1]),
    conv({ filters: 6, kernelSize: [5, 5], padding: 'same', activation: 'relu' }),
    ['MaxPooling2D', {}],
    conv({ filters: 16, kernelSize: [5, 5], activation: 'relu' }),
    ['MaxPooling2D', {}],
    'Flatten',
    ['Dense', { units: 120, activation: 'relu' }],
    ['Dense', { units: 84, activation: 'relu' }],
    ['Dense', { units: 10, activation: 'softmax' }],
    ['Output', {}],
  ],
  'ResNet-style block (Conv-BN-ReLU + Add)': [
    image([8, 8, 3]),
    conv({ filters: 8, padding: 'same' }),
    ['BatchNormalization', {}],
    ['Activation', { activation: 'relu' }],
    conv({ filters: 8, padding: 'same' }),
    ['BatchNormalization', {}],
    to(conv({ filters: 8, kernelSize: [1, 1] }), 0),
    to(['Add', {}], 5, 6),
    ['Activation', { activation: 'relu' }],
    'GlobalAveragePooling2D',
    ['Dense', { units: 4, activation: 'softmax' }],
    ['Output', {}],
  ],
  'branching model with Concatenate': [
    image([10, 10, 3]),
    conv({ filters: 4, kernelSize: [1, 1], activation: 'relu' }),
    to(conv({ filters: 4, kernelSize: [3, 3], padding: 'same', activation: 'relu' }), 0),
    to(['MaxPooling2D', { poolSize: [3, 3], strides: [1, 1], padding: 'same' }], 0),
    to(['Concatenate', {}], 1, 2, 3),
    'Flatten',
    ['Dropout', { rate: 0.3 }],
    ['Dense', { units: 5, activation: 'softmax' }],
    ['Output', {}],
  ],
  'LSTM model': [
    sequence([12, 4]),
    ['LSTM', { units: 16, returnSequences: true }],
    ['LSTM', { units: 8 }],
    ['Dense', { units: 3, activation: 'softmax' }],
    ['Output', {}],
  ],
  'GRU model': [
    sequence([12, 4]),
    ['GRU', { units: 16, returnSequences: true }],
    ['GRU', { units: 8 }],
    ['Dense', { units: 3, activation: 'softmax' }],
    ['Output', {}],
  ],
  'two inputs, two outputs': [
    vector(),
    to(image([8, 8, 1])),
    to(conv({ filters: 4 }), 1),
    'Flatten',
    to(['Concatenate', {}], 0, 3),
    ['Dense', { units: 3, activation: 'softmax' }],
    to(['Dense', { units: 1, activation: 'linear' }], 4),
    to(['Output', {}], 5),
    to(OUT, 6),
  ],
};

interface Result {
  folder: string;
  status: number | null;
  printed: string;
}

const maxDifference = (printed: string) =>
  Math.max(...[...printed.matchAll(/max abs difference (\S+)/g)].map((m) => Number(m[1])));

function samplesNpz(model: ExportModel): Uint8Array {
  const arrays = new Map<string, NpyArray>();
  const { inputs, outputs } = model.samples;
  inputs.forEach((t, i) =>
    arrays.set(`input_${i}`, { dtype: 'float32', shape: t.shape, data: t.values }),
  );
  outputs.forEach((t, i) =>
    arrays.set(`output_${i}`, { dtype: 'float32', shape: t.shape, data: t.values }),
  );
  return writeNpz(arrays);
}

function writeBundle(folder: string, model: ExportModel, samples = samplesNpz(model)): void {
  mkdirSync(folder, { recursive: true });
  for (const file of pytorchExporter.write(model))
    writeFileSync(join(folder, file.path), file.data);
  writeFileSync(join(folder, 'samples.npz'), samples);
}

describe.skipIf(missing !== null)(
  `PyTorch export, verified in PyTorch${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const root = mkdtempSync(join(tmpdir(), 'pytorch-export-'));
    const names = Object.keys(cases);
    const results = new Map<string, Result>();
    // KEEP_BUNDLES=1 leaves the bundles in the temporary folder, to read the code a case wrote.
    afterAll(() =>
      process.env.KEEP_BUNDLES ? undefined : rmSync(root, { recursive: true, force: true }),
    );

    beforeAll(async () => {
      const folders: string[] = [];
      for (const [i, name] of names.entries()) {
        const model = await exportModelOf(graphOf(cases[name]!));
        expect(pytorchExporter.unsupported(model)).toEqual([]);
        const folder = join(root, `case_${i}`);
        writeBundle(folder, model);
        folders.push(folder);
        if (name === 'LeNet') {
          // The same bundle with NeuroCanvas' outputs nudged by 1e-3: verify.py must refuse it.
          const nudged = model.samples.outputs.map((t) => ({
            ...t,
            values: t.values.map((v) => v + 1e-3),
          }));
          const wrong = join(root, 'nudged');
          writeBundle(
            wrong,
            model,
            samplesNpz({ ...model, samples: { ...model.samples, outputs: nudged } }),
          );
          folders.push(wrong);
        }
      }
      const run = runPython(
        [join(import.meta.dirname, 'testing', 'verifyBundles.py'), ...folders],
        {
          timeoutMs: 600_000,
        },
      );
      if (run.status !== 0) throw new Error(`verifyBundles.py failed:\n${run.stderr}`);
      const parsed = JSON.parse(run.stdout) as Result[];
      for (const r of parsed) results.set(r.folder, r);
    }, 900_000);

    it.each(names.map((name, i) => [name, i] as const))('%s', (_name, i) => {
      const result = results.get(join(root, `case_${i}`))!;
      expect(result.printed).toMatch(/max abs difference/);
      expect(result.status, result.printed).toBe(0);
      expect(maxDifference(result.printed)).toBeLessThanOrEqual(TOLERANCE);
    });

    it('verify.py fails when the outputs differ by more than the tolerance', () => {
      const result = results.get(join(root, 'nudged'))!;
      expect(result.status, result.printed).toBe(1);
      expect(result.printed).toContain('FAILED: above 0.0001');
    });
  },
);
