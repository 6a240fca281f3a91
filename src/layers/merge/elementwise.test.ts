import { describe, expect, it } from 'vitest';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { add, average, multiply } from './elementwise';

describe.each([
  { layer: add, opsPerValue: (k: number) => k - 1 },
  { layer: multiply, opsPerValue: (k: number) => k - 1 },
  { layer: average, opsPerValue: (k: number) => k },
])('$layer.type', ({ layer, opsPerValue }) => {
  const cases = [
    {
      inputs: [
        [28, 28, 16],
        [28, 28, 16],
      ],
      output: [28, 28, 16],
      size: 28 * 28 * 16,
    },
    { inputs: [[10], [10], [10]], output: [10], size: 10 },
    {
      inputs: [
        [5, 3],
        [5, 3],
        [5, 3],
        [5, 3],
      ],
      output: [5, 3],
      size: 15,
    },
  ];
  it.each(cases)('$inputs → $output', async ({ inputs, output, size }) => {
    expect(layer.inferShape(inputs, {})).toEqual({ ok: true, shape: output });
    expect(layer.paramCount(inputs, {}, output)).toEqual({ trainable: 0, nonTrainable: 0 });
    expect(layer.flops(inputs, {}, output)).toBe(opsPerValue(inputs.length) * size);
    const real = await tfjsLayerFacts(layer, {}, inputs);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it('names both shapes when they differ, and suggests Concatenate for channels', () => {
    const result = layer.inferShape(
      [
        [28, 28, 16],
        [28, 28, 32],
      ],
      {},
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('shapes-differ');
    expect(result.issue.message).toContain(
      `${layer.type} needs inputs of the same shape, but receives 28×28×16 and 28×28×32.`,
    );
    expect(result.issue.message).toContain('Concatenate');
  });

  it('names every distinct shape once', () => {
    const result = layer.inferShape([[4, 4], [4, 4], [2, 2], [8]], {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.message).toBe(
      `${layer.type} needs inputs of the same shape, but receives 4×4, 2×2 and 8.`,
    );
  });

  it('reads its Keras config back', () => {
    const keras = layer.toKeras({}, [[3], [3]])!;
    expect(keras.class_name).toBe(layer.type);
    expect(layer.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: {} });
  });
});
