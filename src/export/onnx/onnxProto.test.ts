import { describe, expect, it } from 'vitest';
import { encodeOnnxModel, type OnnxModel, type OnnxTensor } from './onnxProto';

function modelWith(initializer: OnnxTensor, attributeValue = 2): OnnxModel {
  return {
    irVersion: 7,
    opsetVersion: 13,
    producerName: 'test',
    graph: {
      name: 'g',
      nodes: [
        {
          name: 'n',
          opType: 'Flatten',
          inputs: ['x'],
          outputs: ['y'],
          attributes: [{ name: 'axis', type: 'int', value: attributeValue }],
        },
      ],
      initializers: [initializer],
      inputs: [{ name: 'x', elemType: 'float', dims: ['batch', 2] }],
      outputs: [{ name: 'y', elemType: 'float', dims: ['batch', 2] }],
    },
  };
}

const floats = (dims: number[], n: number): OnnxTensor => ({
  name: 'w',
  dims,
  data: { type: 'float', values: new Float32Array(n) },
});

describe('encodeOnnxModel', () => {
  it('writes float tensors as 4 little-endian bytes per value', () => {
    const small = encodeOnnxModel(modelWith(floats([2], 2))).length;
    const large = encodeOnnxModel(modelWith(floats([2, 50], 100))).length;
    // 98 more values, one more dim (2 bytes), and the longer length prefixes (1 byte each).
    expect(large - small).toBeGreaterThanOrEqual(98 * 4 + 2);
    expect(large - small).toBeLessThanOrEqual(98 * 4 + 2 + 4);
  });

  it.each([
    [
      'values that do not fill the dims',
      modelWith(floats([2, 3], 5)),
      /has 5 values but its dims \[2, 3\] need 6/,
    ],
    [
      'an int attribute that is not whole',
      modelWith(floats([1], 1), 1.5),
      /1.5 is not a whole number/,
    ],
    [
      'an int64 tensor beyond 2^53',
      modelWith({ name: 'w', dims: [1], data: { type: 'int64', values: [2 ** 60] } }),
      /not a whole number/,
    ],
  ])('refuses %s', (_what, model, message) => {
    expect(() => encodeOnnxModel(model)).toThrow(message);
  });
});
