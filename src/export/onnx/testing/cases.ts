/**
 * Test support: the models the ONNX export is checked on. At least one per Keras class the
 * compiler emits (layerTable.test.ts checks that), with the settings that change how a class
 * converts — 'same' padding with even kernels and strides, dilation, k < s transposed
 * convolutions, softmax over channels-first data, both layouts at merges — plus whole models.
 */
import { addNode, chain, type NodeSpec } from '../../../graph/testing/build';
import type { Graph } from '../../../graph/types';

export interface OnnxCase {
  name: string;
  graph: () => Graph;
}

const OUT: NodeSpec = ['Output', { loss: 'mean_squared_error', metrics: [] }];

/** Input → layers → Output. */
const seq =
  (...specs: NodeSpec[]) =>
  () =>
    chain(...specs, OUT);

const image = (h: number, w: number, c: number): NodeSpec => ['Input', { shape: [h, w, c] }];
const sequence = (t: number, f: number): NodeSpec => ['Input', { shape: [t, f] }];
const vector = (n: number): NodeSpec => ['Input', { shape: [n] }];
/** A convolution first, so that the layer under test reads channels-first data. */
const conv3: NodeSpec = ['Conv2D', { filters: 3, kernelSize: [3, 3], activation: 'tanh' }];

/** Two branches from one input, merged by `merge`; `branch` is the layer of each branch. */
function twoBranches(input: NodeSpec, branch: NodeSpec, merge: NodeSpec, inputs = 2): () => Graph {
  return () => {
    const start = addNode({ nodes: [], edges: [] }, input);
    let graph = start.graph;
    const sources: string[] = [];
    for (let i = 0; i < inputs; i++) {
      const b = addNode(graph, branch, [start.id]);
      graph = b.graph;
      sources.push(b.id);
    }
    const merged = addNode(graph, merge, sources);
    return addNode(merged.graph, OUT, [merged.id]).graph;
  };
}

const ACTIVATIONS: NodeSpec[] = [
  ['Activation', { activation: 'linear' }],
  ['Activation', { activation: 'sigmoid' }],
  ['Activation', { activation: 'tanh' }],
  ['Activation', { activation: 'relu' }],
  ['Activation', { activation: 'leaky_relu', leakyAlpha: 0.2 }],
  ['Activation', { activation: 'elu', eluAlpha: 0.5 }],
  ['Activation', { activation: 'selu' }],
  ['Activation', { activation: 'softplus' }],
  ['Activation', { activation: 'softmax' }],
];

const describe = (spec: NodeSpec) =>
  typeof spec === 'string' ? spec : `${spec[0]} ${JSON.stringify(spec[1])}`;

export const LAYER_CASES: OnnxCase[] = [
  { name: 'Dense relu', graph: seq(vector(5), ['Dense', { units: 4, activation: 'relu' }]) },
  {
    name: 'Dense softmax without bias',
    graph: seq(vector(5), ['Dense', { units: 4, activation: 'softmax', useBias: false }]),
  },
  {
    name: 'Dense with every activation',
    graph: seq(
      vector(4),
      ...['sigmoid', 'tanh', 'elu', 'selu', 'softplus', 'linear'].map((activation): NodeSpec => [
        'Dense',
        { units: 4, activation },
      ]),
    ),
  },
  { name: 'Maxout', graph: seq(vector(6), ['Maxout', { units: 4, pieces: 3 }]) },
  {
    name: 'Dropout between Dense layers',
    graph: seq(
      vector(5),
      ['Dense', { units: 4 }],
      ['Dropout', { rate: 0.5 }],
      ['Dense', { units: 2 }],
    ),
  },
  ...ACTIVATIONS.map((a) => ({ name: `${describe(a)} on a vector`, graph: seq(vector(6), a) })),
  ...ACTIVATIONS.map((a) => ({
    name: `${describe(a)} on channels-first data`,
    graph: seq(image(6, 5, 2), conv3, a),
  })),
  {
    name: 'Dropout as the model output',
    graph: seq(image(5, 5, 2), conv3, ['Dropout', { rate: 0.3 }]),
  },
  { name: 'BatchNormalization on a vector', graph: seq(vector(5), ['BatchNormalization', {}]) },
  {
    name: 'BatchNormalization after a convolution, without β and γ',
    graph: seq(image(6, 6, 2), conv3, ['BatchNormalization', { center: false, scale: false }]),
  },
  {
    name: 'BatchNormalization on a sequence',
    graph: seq(sequence(4, 3), ['BatchNormalization', { epsilon: 0.01 }]),
  },
  { name: 'LayerNormalization on a vector', graph: seq(vector(5), ['LayerNormalization', {}]) },
  {
    name: 'LayerNormalization after a convolution',
    graph: seq(image(6, 6, 2), conv3, ['LayerNormalization', { epsilon: 0.01 }]),
  },
  {
    name: 'LayerNormalization without β and γ on an image',
    graph: seq(image(4, 4, 3), ['LayerNormalization', { center: false, scale: false }]),
  },
  { name: 'Flatten of an image', graph: seq(image(3, 4, 2), 'Flatten') },
  { name: 'Flatten after a convolution', graph: seq(image(6, 5, 2), conv3, 'Flatten') },
  {
    name: 'Reshape vector → image',
    graph: seq(vector(12), ['Reshape', { targetShape: [2, 3, 2] }]),
  },
  {
    name: 'Reshape after a convolution',
    graph: seq(image(5, 5, 2), conv3, ['Reshape', { targetShape: [9, 3] }]),
  },
  {
    name: 'ZeroPadding2D of an image',
    graph: seq(image(4, 3, 2), ['ZeroPadding2D', { padding: [1, 2] }]),
  },
  {
    name: 'ZeroPadding2D after a convolution',
    graph: seq(image(5, 5, 2), conv3, ['ZeroPadding2D', { padding: [2, 1] }]),
  },
  {
    name: 'Conv1D valid',
    graph: seq(sequence(8, 3), ['Conv1D', { filters: 4, kernelSize: 3, activation: 'relu' }]),
  },
  {
    name: "Conv1D 'same', even kernel, stride 2",
    graph: seq(sequence(9, 2), [
      'Conv1D',
      { filters: 3, kernelSize: 4, strides: 2, padding: 'same' },
    ]),
  },
  {
    name: "Conv1D 'same', dilation 2, no bias",
    graph: seq(sequence(9, 2), [
      'Conv1D',
      { filters: 3, kernelSize: 3, dilation: 2, padding: 'same', useBias: false },
    ]),
  },
  {
    name: 'Conv2D valid, stride 2',
    graph: seq(image(9, 8, 3), ['Conv2D', { filters: 4, kernelSize: [3, 2], strides: [2, 2] }]),
  },
  {
    name: "Conv2D 'same', even kernel",
    graph: seq(image(7, 6, 2), ['Conv2D', { filters: 3, kernelSize: [4, 2], padding: 'same' }]),
  },
  {
    name: "Conv2D 'same', stride 2 on an even input",
    graph: seq(image(8, 6, 2), [
      'Conv2D',
      { filters: 3, kernelSize: [3, 3], strides: [2, 2], padding: 'same' },
    ]),
  },
  {
    name: "Conv2D 'same', dilation 2, softmax",
    graph: seq(image(7, 7, 2), [
      'Conv2D',
      { filters: 3, kernelSize: [3, 2], dilation: [2, 2], padding: 'same', activation: 'softmax' },
    ]),
  },
  {
    name: "DepthwiseConv2D 'same', multiplier 2, stride 2",
    graph: seq(image(7, 8, 3), [
      'DepthwiseConv2D',
      { kernelSize: [3, 3], depthMultiplier: 2, strides: [2, 2], padding: 'same' },
    ]),
  },
  {
    name: 'DepthwiseConv2D valid, even kernel',
    graph: seq(image(6, 6, 2), ['DepthwiseConv2D', { kernelSize: [2, 2], activation: 'relu' }]),
  },
  {
    name: "SeparableConv2D 'same', multiplier 2, dilation 2",
    graph: seq(image(7, 7, 3), [
      'SeparableConv2D',
      { filters: 4, kernelSize: [3, 3], depthMultiplier: 2, dilation: [2, 2], padding: 'same' },
    ]),
  },
  {
    name: 'SeparableConv2D valid, stride 2',
    graph: seq(image(8, 8, 2), [
      'SeparableConv2D',
      { filters: 3, kernelSize: [3, 3], strides: [2, 2] },
    ]),
  },
  ...(
    [
      [3, 2, 'same'],
      [4, 2, 'same'],
      [1, 2, 'same'],
      [3, 1, 'valid'],
      [3, 2, 'valid'],
      [2, 3, 'valid'],
    ] as const
  ).map(([k, s, padding]) => ({
    name: `Conv2DTranspose k${k} s${s} '${padding}'`,
    graph: seq(image(4, 3, 2), [
      'Conv2DTranspose',
      { filters: 3, kernelSize: [k, k], strides: [s, s], padding, activation: 'linear' },
    ]),
  })),
  {
    name: 'Conv2DTranspose with different kernel and strides per axis',
    graph: seq(image(3, 4, 2), [
      'Conv2DTranspose',
      { filters: 2, kernelSize: [3, 2], strides: [2, 1] },
    ]),
  },
  { name: 'MaxPooling2D 2×2', graph: seq(image(6, 7, 2), ['MaxPooling2D', {}]) },
  {
    name: "MaxPooling2D 3×3 stride 2 'same' after a convolution",
    graph: seq(image(8, 8, 2), conv3, [
      'MaxPooling2D',
      { poolSize: [3, 3], strides: [2, 2], padding: 'same' },
    ]),
  },
  {
    name: "AveragePooling2D 2×2 stride 2 'same' on an odd input (padding not counted)",
    graph: seq(image(5, 7, 2), ['AveragePooling2D', { padding: 'same' }]),
  },
  {
    name: 'AveragePooling2D 3×2 stride 1',
    graph: seq(image(5, 5, 2), ['AveragePooling2D', { poolSize: [3, 2], strides: [1, 1] }]),
  },
  { name: 'MaxPooling1D', graph: seq(sequence(8, 3), ['MaxPooling1D', {}]) },
  {
    name: "AveragePooling1D 'same' stride 2 on an odd length",
    graph: seq(sequence(7, 3), ['AveragePooling1D', { poolSize: 2, strides: 2, padding: 'same' }]),
  },
  {
    name: 'GlobalAveragePooling2D of an image',
    graph: seq(image(4, 5, 3), 'GlobalAveragePooling2D'),
  },
  {
    name: 'GlobalAveragePooling2D after a convolution',
    graph: seq(image(5, 5, 2), conv3, 'GlobalAveragePooling2D'),
  },
  {
    name: 'GlobalMaxPooling2D after a convolution',
    graph: seq(image(5, 5, 2), conv3, 'GlobalMaxPooling2D'),
  },
  { name: 'GlobalAveragePooling1D', graph: seq(sequence(6, 3), 'GlobalAveragePooling1D') },
  {
    name: 'GlobalAveragePooling1D after a Conv1D',
    graph: seq(sequence(6, 3), ['Conv1D', { filters: 2, kernelSize: 2 }], 'GlobalAveragePooling1D'),
  },
  {
    name: 'UpSampling2D 2×3 of an image',
    graph: seq(image(3, 2, 2), ['UpSampling2D', { size: [2, 3] }]),
  },
  {
    name: 'UpSampling2D after a convolution',
    graph: seq(image(4, 4, 2), conv3, ['UpSampling2D', { size: [2, 2] }]),
  },
  { name: 'SimpleRNN tanh', graph: seq(sequence(5, 3), ['SimpleRNN', { units: 4 }]) },
  {
    name: 'SimpleRNN relu, whole sequence',
    graph: seq(sequence(5, 3), [
      'SimpleRNN',
      { units: 3, activation: 'relu', returnSequences: true },
    ]),
  },
  {
    name: 'SimpleRNN linear (Affine)',
    graph: seq(sequence(5, 3), ['SimpleRNN', { units: 3, activation: 'linear' }]),
  },
  { name: 'LSTM', graph: seq(sequence(6, 3), ['LSTM', { units: 4 }]) },
  {
    name: 'LSTM hard sigmoid, whole sequence, no bias',
    graph: seq(sequence(6, 3), [
      'LSTM',
      { units: 3, recurrentActivation: 'hard_sigmoid', returnSequences: true, useBias: false },
    ]),
  },
  {
    name: 'LSTM with ELU, then Dense',
    graph: seq(sequence(4, 2), ['LSTM', { units: 3, activation: 'elu' }], ['Dense', { units: 2 }]),
  },
  {
    name: 'LSTM linear (Affine) with hard sigmoid gates',
    graph: seq(sequence(5, 3), [
      'LSTM',
      { units: 3, activation: 'linear', recurrentActivation: 'hard_sigmoid' },
    ]),
  },
  { name: 'GRU', graph: seq(sequence(6, 3), ['GRU', { units: 4 }]) },
  {
    name: 'GRU linear (Affine)',
    graph: seq(sequence(5, 3), ['GRU', { units: 3, activation: 'linear', returnSequences: true }]),
  },
  {
    name: 'GRU hard sigmoid, whole sequence, after a Conv1D',
    graph: seq(
      sequence(7, 2),
      ['Conv1D', { filters: 3, kernelSize: 2 }],
      ['GRU', { units: 3, recurrentActivation: 'hard_sigmoid', returnSequences: true }],
    ),
  },
  {
    name: 'GRU softplus',
    graph: seq(sequence(5, 2), ['GRU', { units: 2, activation: 'softplus' }]),
  },
  {
    name: 'Add of three vectors',
    graph: twoBranches(vector(4), ['Dense', { units: 3 }], ['Add', {}], 3),
  },
  {
    name: 'Add of two convolutions (channels-first)',
    graph: twoBranches(image(5, 5, 2), conv3, ['Add', {}]),
  },
  {
    name: 'Multiply of three convolutions',
    graph: twoBranches(image(5, 5, 2), conv3, ['Multiply', {}], 3),
  },
  {
    name: 'Average of two vectors',
    graph: twoBranches(vector(4), ['Dense', { units: 3, activation: 'tanh' }], ['Average', {}]),
  },
  {
    name: 'Concatenate of two convolutions along the channels',
    graph: twoBranches(image(5, 5, 2), conv3, ['Concatenate', { axis: -1 }]),
  },
  {
    name: 'Concatenate of two convolutions along the height (axis 1)',
    graph: twoBranches(image(5, 5, 2), conv3, ['Concatenate', { axis: 1 }]),
  },
  {
    name: 'Concatenate of sequences along the steps (axis 1)',
    graph: twoBranches(sequence(4, 3), ['Dropout', { rate: 0.1 }], ['Concatenate', { axis: 1 }]),
  },
  {
    name: 'Concatenate of channels-first and channels-last data',
    graph: () => {
      const input = addNode({ nodes: [], edges: [] }, image(5, 5, 2));
      const conv = addNode(input.graph, ['Conv2D', { filters: 3, kernelSize: [1, 1] }], [input.id]);
      const merged = addNode(conv.graph, ['Concatenate', { axis: -1 }], [conv.id, input.id]);
      return addNode(merged.graph, OUT, [merged.id]).graph;
    },
  },
  {
    name: 'two inputs of different sizes, concatenated',
    graph: () => {
      const a = addNode({ nodes: [], edges: [] }, vector(4));
      const b = addNode(a.graph, vector(3));
      const da = addNode(b.graph, ['Dense', { units: 2 }], [a.id]);
      const merged = addNode(da.graph, ['Concatenate', { axis: -1 }], [b.id, da.id]);
      return addNode(merged.graph, OUT, [merged.id]).graph;
    },
  },
];

/** Whole models, as issue 6 lists them. */
export const MODEL_CASES: OnnxCase[] = [
  {
    name: 'LeNet',
    graph: seq(
      image(28, 28, 1),
      ['Conv2D', { filters: 6, kernelSize: [5, 5], padding: 'same', activation: 'relu' }],
      ['AveragePooling2D', {}],
      ['Conv2D', { filters: 16, kernelSize: [5, 5], activation: 'relu' }],
      ['AveragePooling2D', {}],
      'Flatten',
      ['Dense', { units: 120, activation: 'relu' }],
      ['Dense', { units: 84, activation: 'relu' }],
      ['Dense', { units: 10, activation: 'softmax' }],
    ),
  },
  {
    name: 'a ResNet-style block',
    graph: () => {
      let g: Graph = { nodes: [], edges: [] };
      const add = (spec: NodeSpec, from: string[]) => {
        const r = addNode(g, spec, from);
        g = r.graph;
        return r.id;
      };
      const x = add(image(8, 8, 3), []);
      const stem = add(['Conv2D', { filters: 4, kernelSize: [3, 3], padding: 'same' }], [x]);
      const a = add(
        ['Conv2D', { filters: 4, kernelSize: [3, 3], padding: 'same', activation: 'linear' }],
        [stem],
      );
      const bn = add(['BatchNormalization', {}], [a]);
      const relu = add(['Activation', { activation: 'relu' }], [bn]);
      const b = add(
        ['Conv2D', { filters: 4, kernelSize: [3, 3], padding: 'same', activation: 'linear' }],
        [relu],
      );
      const bn2 = add(['BatchNormalization', {}], [b]);
      const sum = add(['Add', {}], [stem, bn2]);
      const out = add(['Activation', { activation: 'relu' }], [sum]);
      const pool = add('GlobalAveragePooling2D', [out]);
      const dense = add(['Dense', { units: 3, activation: 'softmax' }], [pool]);
      add(OUT, [dense]);
      return g;
    },
  },
  {
    name: 'a branching model with Concatenate and two outputs',
    graph: () => {
      let g: Graph = { nodes: [], edges: [] };
      const add = (spec: NodeSpec, from: string[]) => {
        const r = addNode(g, spec, from);
        g = r.graph;
        return r.id;
      };
      const x = add(image(10, 10, 2), []);
      const wide = add(['Conv2D', { filters: 3, kernelSize: [5, 5], padding: 'same' }], [x]);
      const narrow = add(['Conv2D', { filters: 2, kernelSize: [1, 1] }], [x]);
      const deep = add(['Conv2D', { filters: 2, kernelSize: [3, 3], padding: 'same' }], [narrow]);
      const joined = add(['Concatenate', { axis: -1 }], [wide, deep, x]);
      const pooled = add(['MaxPooling2D', {}], [joined]);
      const flat = add('Flatten', [pooled]);
      const head = add(['Dense', { units: 4, activation: 'softmax' }], [flat]);
      add(OUT, [head]);
      const side = add('GlobalMaxPooling2D', [joined]);
      add(OUT, [side]);
      return g;
    },
  },
  {
    name: 'an LSTM classifier',
    graph: seq(
      sequence(12, 4),
      ['LSTM', { units: 8, returnSequences: true }],
      ['LSTM', { units: 6 }],
      ['Dense', { units: 3, activation: 'softmax' }],
    ),
  },
];
