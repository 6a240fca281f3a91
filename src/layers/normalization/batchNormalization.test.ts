import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { batchNormalization as bn } from './batchNormalization';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(bn), ...over }) as never;

describe('BatchNormalization', () => {
  // C = last dim: trainable γ, β = 2C (fewer when switched off); moving mean and variance = 2C.
  const cases = [
    { input: [64], over: {}, trainable: 128, nonTrainable: 128, flops: 64 },
    { input: [28, 28, 32], over: {}, trainable: 64, nonTrainable: 64, flops: 28 * 28 * 32 },
    { input: [10, 6], over: { center: false }, trainable: 6, nonTrainable: 12, flops: 60 },
    {
      input: [5, 5, 3],
      over: { center: false, scale: false },
      trainable: 0,
      nonTrainable: 6,
      flops: 75,
    },
    {
      input: [8],
      over: { momentum: 0.9, epsilon: 1e-5 },
      trainable: 16,
      nonTrainable: 16,
      flops: 8,
    },
  ];
  it.each(cases)('$input $over', async ({ input, over, trainable, nonTrainable, flops }) => {
    expect(bn.inferShape([input], params(over))).toEqual({ ok: true, shape: input });
    expect(bn.paramCount([input], params(over), input)).toEqual({ trainable, nonTrainable });
    expect(bn.flops([input], params(over), input)).toBe(flops);
    const real = await tfjsLayerFacts(bn, over as never, [input]);
    expect(real).toEqual({ outputShape: input, trainable, nonTrainable });
  });

  it('uses Keras’ defaults', () => {
    expect(defaultParams(bn)).toEqual({
      momentum: 0.99,
      epsilon: 0.001,
      center: true,
      scale: true,
    });
  });

  it('reads its Keras config back', () => {
    const keras = bn.toKeras(params({ momentum: 0.8, epsilon: 0.01, scale: false }), [[4]])!;
    expect(bn.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { momentum: 0.8, epsilon: 0.01, center: true, scale: false },
    });
    expect(bn.fromKeras!.read('BatchNormalization', { axis: [-1] }).ok).toBe(true);
  });

  it.each([
    { config: { axis: 1 }, words: 'axis 1' },
    { config: { axis: -1, renorm: true }, words: 'renorm' },
  ])('refuses $config', ({ config, words }) => {
    const read = bn.fromKeras!.read('BatchNormalization', config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});
