import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { separableConv2d } from './separableConv2d';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(separableConv2d), ...over }) as never;

describe('SeparableConv2D', () => {
  // params Kh·Kw·Ci·M + Ci·M·Co + Co; flops Ho·Wo·Ci·M·(Kh·Kw + Co).
  const cases = [
    {
      input: [28, 28, 3],
      over: { filters: 16 },
      output: [26, 26, 16],
      trainable: 9 * 3 + 3 * 16 + 16,
      flops: 26 * 26 * 3 * (9 + 16),
    },
    {
      input: [32, 32, 8],
      over: { filters: 32, depthMultiplier: 2, strides: [2, 2], padding: 'same' },
      output: [16, 16, 32],
      trainable: 9 * 16 + 16 * 32 + 32,
      flops: 16 * 16 * 16 * (9 + 32),
    },
    {
      input: [20, 20, 4],
      over: { filters: 8, dilation: [2, 2], useBias: false },
      output: [16, 16, 8],
      trainable: 9 * 4 + 4 * 8,
      flops: 16 * 16 * 4 * (9 + 8),
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(separableConv2d.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(separableConv2d.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(separableConv2d.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(separableConv2d, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it('explains a 2-D input and a dilated kernel larger than the image', () => {
    const flat = separableConv2d.inferShape([[28, 28]], params({}));
    expect(flat).toMatchObject({ ok: false, issue: { code: 'needs-image' } });
    const small = separableConv2d.inferShape([[8, 8, 1]], params({ dilation: [4, 4] }));
    expect(small).toMatchObject({ ok: false, issue: { code: 'kernel-too-large' } });
    if (!small.ok) expect(small.issue.message).toContain('(8 − (4·(3−1)+1) + 2·0)/1 + 1 = 0');
  });

  it('rejects strides with dilation', () => {
    const issues = separableConv2d.checkParams!(params({ strides: [1, 2], dilation: [2, 1] }));
    expect(issues.map((i) => i.code)).toEqual(['strides-and-dilation']);
  });

  it('reads its Keras config back', () => {
    const p = params({
      filters: 12,
      kernelSize: [5, 5],
      strides: [1, 1],
      padding: 'same',
      depthMultiplier: 2,
      dilation: [2, 3],
      activation: 'selu',
      useBias: true,
      biasInitializer: 'ones',
    });
    const keras = separableConv2d.toKeras(p, [[16, 16, 3]])!;
    expect(separableConv2d.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: p,
    });
  });
});
