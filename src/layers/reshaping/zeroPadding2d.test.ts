import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { zeroPadding2d as zp } from './zeroPadding2d';

const params = (padding: [number, number]) => ({ ...defaultParams(zp), padding }) as never;

describe('ZeroPadding2D', () => {
  // H + 2·rows, W + 2·cols, channels unchanged.
  const cases = [
    { input: [28, 28, 1], padding: [1, 1] as [number, number], output: [30, 30, 1] },
    { input: [32, 32, 3], padding: [2, 0] as [number, number], output: [36, 32, 3] },
    { input: [5, 7, 8], padding: [0, 3] as [number, number], output: [5, 13, 8] },
    { input: [4, 4, 2], padding: [0, 0] as [number, number], output: [4, 4, 2] },
  ];
  it.each(cases)('$input padded by $padding → $output', async ({ input, padding, output }) => {
    expect(zp.inferShape([input], params(padding))).toEqual({ ok: true, shape: output });
    expect(zp.paramCount([input], params(padding), output)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(zp.flops([input], params(padding), output)).toBe(0);
    const real = await tfjsLayerFacts(zp, { padding }, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it.each([
    { input: [20, 3], words: '2-D tensor of shape 20×3' },
    { input: [784], words: '1-D tensor of shape 784' },
  ])('explains that $input is not an image', ({ input, words }) => {
    const result = zp.inferShape([input], params([1, 1]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('needs-image');
    expect(result.issue.message).toContain(words);
  });

  it.each([
    { padding: 2, read: [2, 2] },
    { padding: [1, 3], read: [1, 3] },
    {
      padding: [
        [2, 2],
        [0, 0],
      ],
      read: [2, 0],
    },
  ])('reads Keras padding $padding', ({ padding, read }) => {
    expect(zp.fromKeras!.read('ZeroPadding2D', { padding })).toEqual({
      ok: true,
      params: { padding: read },
    });
  });

  it('round-trips its own Keras config', () => {
    const keras = zp.toKeras(params([3, 1]), [[8, 8, 1]])!;
    expect(keras.config.padding).toEqual([
      [3, 3],
      [1, 1],
    ]);
    expect(zp.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { padding: [3, 1] },
    });
  });

  it.each([
    {
      config: {
        padding: [
          [1, 0],
          [0, 0],
        ],
      },
      words: 'uneven',
    },
    { config: { padding: 1, data_format: 'channels_first' }, words: 'channels_first' },
  ])('refuses $config', ({ config, words }) => {
    const read = zp.fromKeras!.read('ZeroPadding2D', config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});
