import { describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { MODEL_CASES } from './testing/cases';
import { exportModelOf } from './testing/exportModel';
import { onnxUnsupported, toOnnxModel } from './toOnnx';

const modelCase = (name: string) => MODEL_CASES.find((c) => c.name === name)!;

describe('the ONNX graph', () => {
  it.each([
    // In before the first convolution, out before Flatten.
    ['LeNet', 2],
    // In once; the residual Add and the global pooling stay channels-first.
    ['a ResNet-style block', 1],
    // In once (shared by both convolutions and the Concatenate), out before Flatten.
    ['a branching model with Concatenate and two outputs', 2],
    // In and out around the first LSTM, in to the second.
    ['an LSTM classifier', 3],
  ])('of %s has %i Transpose nodes', async (name, count) => {
    const onnx = toOnnxModel(await exportModelOf(modelCase(name).graph()));
    expect(onnx.graph.nodes.filter((n) => n.opType === 'Transpose')).toHaveLength(count);
  });

  it('names inputs and outputs after their layers, with a free batch size', async () => {
    const onnx = toOnnxModel(await exportModelOf(modelCase('LeNet').graph()));
    expect(onnx.graph.inputs).toEqual([
      { name: 'input_1', elemType: 'float', dims: ['batch', 28, 28, 1] },
    ]);
    expect(onnx.graph.outputs).toEqual([
      { name: 'dense_3', elemType: 'float', dims: ['batch', 10] },
    ]);
  });

  it.each([
    // Even kernel, stride 1: 3 padding rows, 1 before and 2 after, like TensorFlow.
    [
      [6, 6],
      [4, 4],
      [1, 1],
      [1, 1, 2, 2],
    ],
    // Stride 2 on an even input: ⌈6/2⌉ = 3 outputs need (3 − 1)·2 + 3 − 6 = 1, after only.
    [
      [6, 6],
      [3, 3],
      [2, 2],
      [0, 0, 1, 1],
    ],
    // Odd input, stride 2: (3 − 1)·2 + 3 − 5 = 2, one on each side.
    [
      [5, 6],
      [3, 3],
      [2, 2],
      [1, 0, 1, 1],
    ],
  ])(
    "writes 'same' padding on a %j input with kernel %j and strides %j as pads %j",
    async (size, kernelSize, strides, pads) => {
      const graph = chain(
        ['Input', { shape: [...size, 1] }],
        ['Conv2D', { filters: 1, kernelSize, strides, padding: 'same' }],
        ['Output', { loss: 'mean_squared_error', metrics: [] }],
      );
      const onnx = toOnnxModel(await exportModelOf(graph));
      const conv = onnx.graph.nodes.find((n) => n.opType === 'Conv')!;
      expect(conv.attributes.find((a) => a.name === 'pads')).toEqual({
        name: 'pads',
        type: 'ints',
        value: pads,
      });
    },
  );

  it('lists recurrent layers whose cell activation ONNX lacks, and refuses to convert them', async () => {
    const graph = chain(
      ['Input', { shape: [4, 2] }],
      ['SimpleRNN', { units: 3, activation: 'softmax' }],
      ['Dense', { units: 2 }],
      'Output',
    );
    const model = await exportModelOf(graph);
    expect(onnxUnsupported(model)).toEqual([
      {
        layerName: 'simple_rnn_1',
        className: 'SimpleRNN',
        reason: expect.stringContaining("no 'softmax' activation"),
        code: 'onnx-recurrent-activation',
        values: { activation: 'softmax', role: 'plain' },
      },
    ]);
    expect(() => toOnnxModel(model)).toThrow(/simple_rnn_1.*softmax/);
  });

  it('finds nothing unsupported in the whole models', async () => {
    for (const c of MODEL_CASES)
      expect(onnxUnsupported(await exportModelOf(c.graph()))).toEqual([]);
  });
});
