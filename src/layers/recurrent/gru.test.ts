import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { gru } from './gru';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(gru), ...over }) as never;

describe('GRU', () => {
  // reset_after=False: params 3·(u·(F+u) + u); flops T·3·u·(F+u).
  const cases = [
    {
      input: [28, 28],
      over: { units: 32 },
      output: [32],
      trainable: 3 * (32 * 60 + 32),
      flops: 28 * 3 * 32 * 60,
    },
    {
      input: [7, 2],
      over: { units: 4, returnSequences: true },
      output: [7, 4],
      trainable: 3 * (4 * 6 + 4),
      flops: 7 * 3 * 4 * 6,
    },
    {
      input: [7, 2],
      over: { units: 4, useBias: false },
      output: [4],
      trainable: 3 * 24,
      flops: 7 * 3 * 24,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(gru.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(gru.paramCount([input], params(over), output)).toEqual({ trainable, nonTrainable: 0 });
    expect(gru.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(gru, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it('explains an image input', () => {
    const result = gru.inferShape([[32, 32, 3]], params({}));
    expect(result).toMatchObject({ ok: false, issue: { code: 'needs-sequence' } });
    if (!result.ok) expect(result.issue.message).toContain('32×96');
  });

  it('writes reset_after=False and reads its Keras config back', () => {
    const p = params({
      units: 6,
      activation: 'relu',
      recurrentActivation: 'sigmoid',
      useBias: false,
      returnSequences: false,
      dropout: 0.1,
      recurrentDropout: 0.3,
    });
    const keras = gru.toKeras(p, [[4, 2]])!;
    expect(keras.config.reset_after).toBe(false);
    expect(gru.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
  });

  it('refuses reset_after=True, which TensorFlow.js cannot build', () => {
    const read = gru.fromKeras!.read('GRU', { units: 4, reset_after: true });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('reset_after=True');
  });
});
