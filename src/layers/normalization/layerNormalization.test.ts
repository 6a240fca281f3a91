import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { layerNormalization as ln } from './layerNormalization';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(ln), ...over }) as never;

describe('LayerNormalization', () => {
  // F = last dim: γ and β are F values each; nothing is non-trainable.
  const cases = [
    { input: [64], over: {}, trainable: 128, flops: 64 },
    { input: [20, 16], over: {}, trainable: 32, flops: 320 },
    { input: [7, 7, 4], over: { scale: false }, trainable: 4, flops: 196 },
    { input: [9], over: { center: false, scale: false, epsilon: 1e-5 }, trainable: 0, flops: 9 },
  ];
  it.each(cases)('$input $over', async ({ input, over, trainable, flops }) => {
    expect(ln.inferShape([input], params(over))).toEqual({ ok: true, shape: input });
    expect(ln.paramCount([input], params(over), input)).toEqual({ trainable, nonTrainable: 0 });
    expect(ln.flops([input], params(over), input)).toBe(flops);
    const real = await tfjsLayerFacts(ln, over as never, [input]);
    expect(real).toEqual({ outputShape: input, trainable, nonTrainable: 0 });
  });

  it('reads its Keras config back', () => {
    const keras = ln.toKeras(params({ epsilon: 1e-6, center: false }), [[4]])!;
    expect(ln.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { epsilon: 1e-6, center: false, scale: true },
    });
  });

  it.each([
    { config: { axis: [1, 2] }, words: 'axis [1,2]' },
    { config: { axis: -1, rms_scaling: true }, words: 'rms_scaling' },
  ])('refuses $config', ({ config, words }) => {
    const read = ln.fromKeras!.read('LayerNormalization', config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});
