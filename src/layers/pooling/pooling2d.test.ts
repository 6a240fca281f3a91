import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { averagePooling2d, maxPooling2d } from './pooling2d';

describe.each([maxPooling2d, averagePooling2d])('$type', (layer) => {
  const params = (over: Record<string, unknown>) => ({ ...defaultParams(layer), ...over }) as never;

  // Output ⌊(n − p)/s⌋ + 1 ('valid') or ⌈n/s⌉ ('same'); channels unchanged; flops Ho·Wo·C·Ph·Pw.
  const cases = [
    // The classic example: a 4×4 input, 2×2 windows with stride 2, gives 2×2.
    { input: [4, 4, 1], over: {}, output: [2, 2, 1], flops: 2 * 2 * 4 },
    { input: [28, 28, 32], over: {}, output: [14, 14, 32], flops: 14 * 14 * 32 * 4 },
    { input: [7, 7, 8], over: { poolSize: [3, 3] }, output: [3, 3, 8], flops: 3 * 3 * 8 * 9 },
    { input: [7, 7, 8], over: { padding: 'same' }, output: [4, 4, 8], flops: 4 * 4 * 8 * 4 },
    {
      input: [9, 6, 2],
      over: { poolSize: [3, 2], strides: [1, 2] },
      output: [7, 3, 2],
      flops: 7 * 3 * 2 * 6,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, flops }) => {
    expect(layer.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(layer.paramCount([input], params(over), output)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(layer.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(layer, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it('explains a vector input and a window larger than the image', () => {
    expect(layer.inferShape([[784]], params({}))).toMatchObject({
      ok: false,
      issue: { code: 'needs-image', fix: { layerType: 'Reshape' } },
    });
    const small = layer.inferShape([[5, 1, 3]], params({}));
    expect(small).toMatchObject({
      ok: false,
      issue: { code: 'kernel-too-large', param: 'poolSize' },
    });
    if (!small.ok) expect(small.issue.message).toContain('(1 − 2 + 2·0)/2 + 1 = 0');
  });

  it('reads its Keras config back', () => {
    const p = params({ poolSize: [3, 2], strides: [1, 2], padding: 'same' });
    const keras = layer.toKeras(p, [[8, 8, 1]])!;
    expect(layer.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
  });

  it('reads strides left to Keras as the pool size, and refuses channels_first', () => {
    expect(layer.fromKeras!.read(layer.type, { pool_size: 3, strides: null })).toEqual({
      ok: true,
      params: { poolSize: [3, 3], strides: [3, 3], padding: 'valid' },
    });
    const first = layer.fromKeras!.read(layer.type, {
      pool_size: [2, 2],
      data_format: 'channels_first',
    });
    expect(first.ok).toBe(false);
  });
});
