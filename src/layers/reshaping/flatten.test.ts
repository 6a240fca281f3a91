import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { flatten } from './flatten';

const params = defaultParams(flatten) as never;

describe('Flatten', () => {
  const cases = [
    { input: [28, 28, 1], output: [784] },
    { input: [7, 7, 64], output: [3136] },
    { input: [20, 3], output: [60] },
    { input: [1, 1, 1], output: [1] },
  ];
  it.each(cases)('$input → $output', async ({ input, output }) => {
    expect(flatten.inferShape([input], params)).toEqual({ ok: true, shape: output });
    expect(flatten.paramCount([input], params, output)).toEqual({ trainable: 0, nonTrainable: 0 });
    expect(flatten.flops([input], params, output)).toBe(0);
    const real = await tfjsLayerFacts(flatten, {}, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it('says a vector is already flat, which tfjs also refuses to build', async () => {
    const result = flatten.inferShape([[784]], params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('already-vector');
    expect(result.issue.message).toContain('784');
    await expect(tfjsLayerFacts(flatten, {}, [[784]])).rejects.toThrow();
  });

  it('reads Keras configs', () => {
    expect(flatten.fromKeras!.read('Flatten', { data_format: 'channels_last' })).toEqual({
      ok: true,
      params: {},
    });
    expect(flatten.fromKeras!.read('Flatten', { data_format: 'channels_first' }).ok).toBe(false);
  });
});
