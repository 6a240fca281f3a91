import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { depthwiseConv2d } from './depthwiseConv2d';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(depthwiseConv2d), ...over }) as never;

describe('DepthwiseConv2D', () => {
  // Output channels Ci·M; params Kh·Kw·Ci·M + Ci·M; flops Ho·Wo·Ci·M·Kh·Kw.
  const cases = [
    {
      input: [28, 28, 3],
      over: {},
      output: [26, 26, 3],
      trainable: 9 * 3 + 3,
      flops: 26 * 26 * 3 * 9,
    },
    {
      input: [32, 32, 8],
      over: { kernelSize: [5, 5], strides: [2, 2], padding: 'same', depthMultiplier: 2 },
      output: [16, 16, 16],
      trainable: 25 * 16 + 16,
      flops: 16 * 16 * 16 * 25,
    },
    {
      input: [10, 10, 4],
      over: { kernelSize: [3, 1], depthMultiplier: 3, useBias: false },
      output: [8, 10, 12],
      trainable: 3 * 12,
      flops: 8 * 10 * 12 * 3,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(depthwiseConv2d.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(depthwiseConv2d.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(depthwiseConv2d.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(depthwiseConv2d, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it('explains a vector input and a kernel larger than the image', () => {
    const vector = depthwiseConv2d.inferShape([[64]], params({}));
    expect(vector).toMatchObject({ ok: false, issue: { code: 'needs-image' } });
    if (!vector.ok) expect(vector.issue.message).toContain('8×8×1');
    const small = depthwiseConv2d.inferShape([[2, 9, 3]], params({}));
    expect(small).toMatchObject({ ok: false, issue: { code: 'kernel-too-large' } });
    if (!small.ok) expect(small.issue.message).toContain('(2 − 3 + 2·0)/1 + 1 = 0');
  });

  it('reads its Keras config back', () => {
    const p = params({
      kernelSize: [5, 3],
      strides: [2, 2],
      padding: 'same',
      depthMultiplier: 4,
      activation: 'linear',
      useBias: false,
      depthwiseInitializer: 'he_uniform',
      biasInitializer: 'zeros',
    });
    const keras = depthwiseConv2d.toKeras(p, [[16, 16, 3]])!;
    expect(depthwiseConv2d.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: p,
    });
  });

  it('refuses a dilated Keras layer rather than dropping the dilation', () => {
    const read = depthwiseConv2d.fromKeras!.read('DepthwiseConv2D', {
      kernel_size: [3, 3],
      dilation_rate: [2, 2],
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('dilation_rate 2×2');
  });
});
