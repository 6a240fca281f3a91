import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { dropout } from './dropout';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(dropout), ...over }) as never;

describe('Dropout', () => {
  const cases = [
    { input: [128], over: { rate: 0.5 } },
    { input: [20, 8], over: { rate: 0.2 } },
    { input: [14, 14, 32], over: { rate: 0.25 } },
    { input: [10], over: { rate: 0 } },
  ];
  it.each(cases)('$input at rate $over.rate keeps its shape', async ({ input, over }) => {
    expect(dropout.inferShape([input], params(over))).toEqual({ ok: true, shape: input });
    expect(dropout.paramCount([input], params(over), input)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(dropout.flops([input], params(over), input)).toBe(0);
    const real = await tfjsLayerFacts(dropout, over as never, [input]);
    expect(real).toEqual({ outputShape: input, trainable: 0, nonTrainable: 0 });
  });

  it('defaults to 0.5 and stops below 1', () => {
    expect(dropout.params.rate).toMatchObject({ default: 0.5, min: 0, max: 0.99 });
  });

  it('reads its Keras config back', () => {
    const keras = dropout.toKeras(params({ rate: 0.3 }), [[4]])!;
    expect(dropout.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { rate: 0.3 },
    });
  });

  it.each([
    { config: { rate: 0.5, noise_shape: [null, 1, 1, 8] }, words: 'noise_shape' },
    { config: { rate: 1 }, words: 'rate 1' },
  ])('refuses $config', ({ config, words }) => {
    const read = dropout.fromKeras!.read('Dropout', config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});
