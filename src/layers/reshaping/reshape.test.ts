import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { reshape } from './reshape';

const params = (targetShape: number[]) => ({ ...defaultParams(reshape), targetShape }) as never;

describe('Reshape', () => {
  const cases = [
    { input: [784], target: [28, 28, 1] },
    { input: [28, 28, 1], target: [28, 28] },
    { input: [12], target: [2, 3, 2] },
    { input: [4, 6], target: [1, 2, 3, 4] },
    { input: [5, 5, 4], target: [100] },
  ];
  it.each(cases)('$input → $target', async ({ input, target }) => {
    expect(reshape.inferShape([input], params(target))).toEqual({ ok: true, shape: target });
    expect(reshape.paramCount([input], params(target), target)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(reshape.flops([input], params(target), target)).toBe(0);
    const real = await tfjsLayerFacts(reshape, { targetShape: target }, [input]);
    expect(real).toEqual({ outputShape: target, trainable: 0, nonTrainable: 0 });
  });

  it('names both counts when the number of values differs', () => {
    const result = reshape.inferShape([[28, 28, 1]], params([10, 10]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.message).toContain(
      'Reshape cannot turn 28×28×1 (784 values) into 10×10 (100 values)',
    );
    expect(result.issue).toMatchObject({ code: 'reshape-size-mismatch', param: 'targetShape' });
    expect(result.issue.fix).toMatchObject({ kind: 'setParams', params: { targetShape: [784] } });
  });

  it('takes 1 to 4 dimensions', () => {
    expect(reshape.params.targetShape).toMatchObject({ minLength: 1, maxLength: 4, min: 1 });
  });

  it('reads its Keras config back', () => {
    const keras = reshape.toKeras(params([7, 4]), [[28]])!;
    expect(reshape.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { targetShape: [7, 4] },
    });
  });

  it.each([
    { config: { target_shape: [-1, 4] }, words: '(-1)' },
    { config: { target_shape: [1, 2, 3, 4, 5] }, words: '1 to 4' },
    { config: { target_shape: [0, 4] }, words: 'positive' },
  ])('refuses $config', ({ config, words }) => {
    const read = reshape.fromKeras!.read('Reshape', config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});
