import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { simpleRnn } from './simpleRnn';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(simpleRnn), ...over }) as never;

describe('SimpleRNN', () => {
  // params u·(F+u) + u; flops T·u·(F+u).
  const cases = [
    {
      input: [10, 8],
      over: { units: 16 },
      output: [16],
      trainable: 16 * 24 + 16,
      flops: 10 * 16 * 24,
    },
    {
      input: [10, 8],
      over: { units: 16, returnSequences: true },
      output: [10, 16],
      trainable: 16 * 24 + 16,
      flops: 10 * 16 * 24,
    },
    {
      input: [5, 1],
      over: { units: 3, useBias: false },
      output: [3],
      trainable: 3 * 4,
      flops: 5 * 3 * 4,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(simpleRnn.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(simpleRnn.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(simpleRnn.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(simpleRnn, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it.each([
    { input: [20], says: ['steps×features', '20×1'] },
    { input: [28, 28, 1], says: ['28×28×1', '28×28, one step per row'] },
  ])('explains an input of shape $input and offers Reshape', ({ input, says }) => {
    const result = simpleRnn.inferShape([input], params({}));
    expect(result).toMatchObject({
      ok: false,
      issue: { code: 'needs-sequence', fix: { layerType: 'Reshape' } },
    });
    if (result.ok) return;
    for (const text of says) expect(result.issue.message).toContain(text);
  });

  it('reads its Keras config back', () => {
    const p = params({
      units: 5,
      activation: 'relu',
      useBias: false,
      returnSequences: true,
      dropout: 0.25,
      recurrentDropout: 0.1,
    });
    const keras = simpleRnn.toKeras(p, [[4, 2]])!;
    expect(simpleRnn.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: p,
    });
  });

  it.each(['return_state', 'go_backwards', 'stateful'])('refuses %s=True', (flag) => {
    const read = simpleRnn.fromKeras!.read('SimpleRNN', { units: 4, [flag]: true });
    expect(read).toEqual({ ok: false, message: `${flag}=True is not supported` });
  });
});
