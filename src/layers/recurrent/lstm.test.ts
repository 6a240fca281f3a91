import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { lstm } from './lstm';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(lstm), ...over }) as never;

describe('LSTM', () => {
  // params 4·(u·(F+u) + u); flops T·4·u·(F+u).
  const cases = [
    {
      input: [28, 28],
      over: { units: 32 },
      output: [32],
      trainable: 4 * (32 * 60 + 32),
      flops: 28 * 4 * 32 * 60,
    },
    {
      input: [10, 3],
      over: { units: 2, returnSequences: true },
      output: [10, 2],
      trainable: 4 * (2 * 5 + 2),
      flops: 10 * 4 * 2 * 5,
    },
    {
      input: [10, 3],
      over: { units: 5, useBias: false, recurrentActivation: 'hard_sigmoid' },
      output: [5],
      trainable: 4 * 5 * 8,
      flops: 10 * 4 * 5 * 8,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(lstm.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(lstm.paramCount([input], params(over), output)).toEqual({ trainable, nonTrainable: 0 });
    expect(lstm.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(lstm, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it('explains a vector input', () => {
    const result = lstm.inferShape([[64]], params({}));
    expect(result).toMatchObject({ ok: false, issue: { code: 'needs-sequence' } });
    if (!result.ok) expect(result.issue.message).toContain('vector of 64 values');
  });

  it('reads its Keras config back', () => {
    const p = params({
      units: 12,
      activation: 'tanh',
      recurrentActivation: 'hard_sigmoid',
      useBias: true,
      returnSequences: true,
      dropout: 0.5,
      recurrentDropout: 0.2,
    });
    const keras = lstm.toKeras(p, [[4, 2]])!;
    expect(lstm.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
  });

  it.each([
    { recurrent_activation: 'hardSigmoid', read: 'hard_sigmoid' },
    { recurrent_activation: 'sigmoid', read: 'sigmoid' },
    { recurrent_activation: undefined, read: 'hard_sigmoid' },
  ])('reads recurrent_activation $recurrent_activation', ({ recurrent_activation, read }) => {
    expect(lstm.fromKeras!.read('LSTM', { units: 3, recurrent_activation })).toMatchObject({
      ok: true,
      params: { recurrentActivation: read },
    });
  });

  it('refuses a gate activation it cannot represent', () => {
    const read = lstm.fromKeras!.read('LSTM', { units: 3, recurrent_activation: 'relu' });
    expect(read).toEqual({ ok: false, message: "recurrent_activation 'relu' is not supported" });
  });
});
