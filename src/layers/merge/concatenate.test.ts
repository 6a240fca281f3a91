import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadTf } from '../../compiler/tf';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { concatenate } from './concatenate';

describe('Concatenate', () => {
  // The joined axis is the sum of the inputs' sizes on it; every other axis is shared.
  const cases = [
    {
      inputs: [
        [28, 28, 16],
        [28, 28, 32],
      ],
      axis: -1,
      output: [28, 28, 48],
    },
    { inputs: [[10], [5], [3]], axis: -1, output: [18] },
    {
      inputs: [
        [4, 6, 2],
        [3, 6, 2],
      ],
      axis: 1,
      output: [7, 6, 2],
    },
    {
      inputs: [
        [4, 6, 2],
        [4, 1, 2],
      ],
      axis: -2,
      output: [4, 7, 2],
    },
  ];
  it.each(cases)('$inputs on axis $axis → $output', async ({ inputs, axis, output }) => {
    expect(concatenate.inferShape(inputs, { axis })).toEqual({ ok: true, shape: output });
    expect(concatenate.paramCount(inputs, { axis }, output)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(concatenate.flops(inputs, { axis }, output)).toBe(0);
    const real = await tfjsLayerFacts(concatenate, { axis }, inputs);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  // tfjs computes every negative axis as the last one, whatever its output shape says; the Keras
  // config must name the axis so that the values are joined where the shape says.
  it.each([
    {
      axis: -2,
      expected: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
        ],
      ],
    },
    {
      axis: -1,
      expected: [
        [
          [1, 2, 5, 6],
          [3, 4, 7, 8],
        ],
      ],
    },
    {
      axis: 1,
      expected: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
        ],
      ],
    },
  ])('joins the values along axis $axis', async ({ axis, expected }) => {
    const tf = await loadTf();
    const shape = [2, 2];
    const keras = concatenate.toKeras({ axis }, [shape, shape])!;
    const layer = tf.layers.concatenate(keras.config as { axis: number });
    const a = tf.tensor([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
    const b = tf.tensor([
      [
        [5, 6],
        [7, 8],
      ],
    ]);
    const joined = layer.apply([a, b]) as Tensor;
    expect(joined.arraySync()).toEqual(expected);
    tf.dispose([a, b, joined]);
  });

  it.each([
    {
      inputs: [
        [28, 28, 16],
        [14, 14, 32],
      ],
      axis: -1,
      code: 'shapes-differ',
      says: 'receives 28×28×16 and 14×14×32, which differ on axis 1 (28 vs 14)',
    },
    {
      inputs: [
        [4, 6, 2],
        [4, 6, 3],
      ],
      axis: 1,
      code: 'shapes-differ',
      says: 'joins along axis 1, so its inputs must match on every other axis, but receives 4×6×2 and 4×6×3, which differ on axis 3 (2 vs 3)',
    },
    { inputs: [[28, 28, 16], [784]], axis: -1, code: 'ranks-differ', says: '28×28×16 and 784' },
    {
      inputs: [
        [3, 2],
        [3, 2],
      ],
      axis: 0,
      code: 'bad-axis',
      says: 'axis 0 is the batch',
    },
    {
      inputs: [
        [3, 2],
        [3, 2],
      ],
      axis: 3,
      code: 'bad-axis',
      says: 'axes 1..2 (or -2..-1)',
    },
    {
      inputs: [
        [3, 2],
        [3, 2],
      ],
      axis: -3,
      code: 'bad-axis',
      says: 'axes 1..2 (or -2..-1)',
    },
  ])('explains $inputs on axis $axis', ({ inputs, axis, code, says }) => {
    const result = concatenate.inferShape(inputs, { axis });
    expect(result).toMatchObject({ ok: false, issue: { code } });
    if (!result.ok) expect(result.issue.message).toContain(says);
  });

  it('reads its Keras config back', () => {
    const keras = concatenate.toKeras({ axis: 2 }, [
      [3, 2],
      [3, 4],
    ])!;
    expect(concatenate.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { axis: 2 },
    });
  });
});
