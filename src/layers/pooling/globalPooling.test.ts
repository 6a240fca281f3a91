import { describe, expect, it } from 'vitest';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import {
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalMaxPooling2d,
} from './globalPooling';

describe('global pooling', () => {
  // Every axis but the last is reduced; flops: one operation per input value.
  const cases = [
    { layer: globalAveragePooling2d, input: [7, 7, 512], output: [512], flops: 7 * 7 * 512 },
    { layer: globalMaxPooling2d, input: [7, 7, 512], output: [512], flops: 7 * 7 * 512 },
    { layer: globalMaxPooling2d, input: [5, 3, 2], output: [2], flops: 30 },
    { layer: globalAveragePooling1d, input: [50, 16], output: [16], flops: 50 * 16 },
  ];
  it.each(cases)('$layer.type: $input → $output', async ({ layer, input, output, flops }) => {
    expect(layer.inferShape([input], {})).toEqual({ ok: true, shape: output });
    expect(layer.paramCount([input], {}, output)).toEqual({ trainable: 0, nonTrainable: 0 });
    expect(layer.flops([input], {}, output)).toBe(flops);
    const real = await tfjsLayerFacts(layer, {}, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it.each([
    { layer: globalAveragePooling2d, input: [10], code: 'needs-image' },
    { layer: globalMaxPooling2d, input: [10, 10], code: 'needs-image' },
    { layer: globalAveragePooling1d, input: [7, 7, 3], code: 'needs-sequence' },
  ])('$layer.type explains an input of shape $input', ({ layer, input, code }) => {
    expect(layer.inferShape([input], {})).toMatchObject({ ok: false, issue: { code } });
  });

  it.each([globalAveragePooling2d, globalMaxPooling2d, globalAveragePooling1d])(
    '$type reads its Keras config back and refuses keepdims',
    (layer) => {
      const keras = layer.toKeras({}, [])!;
      expect(layer.fromKeras!.read(keras.class_name, keras.config)).toEqual({
        ok: true,
        params: {},
      });
      const kept = layer.fromKeras!.read(layer.type, { keepdims: true });
      expect(kept.ok).toBe(false);
      if (!kept.ok) expect(kept.message).toContain('keepdims');
    },
  );
});
