import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { conv2dTranspose } from './conv2dTranspose';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(conv2dTranspose), ...over }) as never;

describe('Conv2DTranspose', () => {
  // Output 'valid' n·s + max(k − s, 0), 'same' n·s; params Kh·Kw·Co·Ci + Co; flops H·W·Ci·Kh·Kw·Co.
  const cases = [
    {
      input: [7, 7, 64],
      over: {},
      output: [14, 14, 32],
      trainable: 9 * 32 * 64 + 32,
      flops: 7 * 7 * 64 * 9 * 32,
    },
    {
      // (n − 1)·s + k = 3·2 + 3 = 9
      input: [4, 4, 3],
      over: { filters: 2, padding: 'valid' },
      output: [9, 9, 2],
      trainable: 9 * 2 * 3 + 2,
      flops: 4 * 4 * 3 * 9 * 2,
    },
    {
      // Kernel smaller than the stride: gaps between patches, n·s = 12
      input: [4, 4, 3],
      over: { filters: 2, kernelSize: [1, 1], strides: [3, 3], padding: 'valid' },
      output: [12, 12, 2],
      trainable: 2 * 3 + 2,
      flops: 4 * 4 * 3 * 2,
    },
    {
      input: [5, 6, 1],
      over: { filters: 4, kernelSize: [4, 2], strides: [1, 1], padding: 'valid', useBias: false },
      output: [8, 7, 4],
      trainable: 8 * 4,
      flops: 5 * 6 * 8 * 4,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(conv2dTranspose.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(conv2dTranspose.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(conv2dTranspose.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(conv2dTranspose, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it('accepts a kernel larger than its input', () => {
    expect(
      conv2dTranspose.inferShape([[2, 2, 1]], params({ kernelSize: [5, 5], padding: 'valid' })),
    ).toEqual({
      ok: true,
      shape: [2 * 2 + 3, 2 * 2 + 3, 32],
    });
  });

  it('explains a vector input', () => {
    const result = conv2dTranspose.inferShape([[100]], params({}));
    expect(result).toMatchObject({ ok: false, issue: { code: 'needs-image' } });
    if (!result.ok) expect(result.issue.message).toContain('10×10×1');
  });

  it('reads its Keras config back', () => {
    const p = params({
      filters: 3,
      kernelSize: [4, 4],
      strides: [2, 1],
      padding: 'valid',
      activation: 'sigmoid',
      useBias: false,
      kernelInitializer: 'glorot_normal',
      biasInitializer: 'zeros',
    });
    const keras = conv2dTranspose.toKeras(p, [[8, 8, 16]])!;
    expect(conv2dTranspose.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: p,
    });
  });

  it.each([
    { config: { output_padding: [1, 1] }, says: 'output_padding' },
    { config: { data_format: 'channels_first' }, says: 'channels_first' },
  ])('refuses $says', ({ config, says }) => {
    const read = conv2dTranspose.fromKeras!.read('Conv2DTranspose', {
      filters: 2,
      kernel_size: 3,
      ...config,
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(says);
  });
});
