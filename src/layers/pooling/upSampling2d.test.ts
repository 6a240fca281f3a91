import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { upSampling2d } from './upSampling2d';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(upSampling2d), ...over }) as never;

describe('UpSampling2D', () => {
  // Output H·sh × W·sw × C.
  const cases = [
    { input: [7, 7, 16], over: {}, output: [14, 14, 16] },
    { input: [4, 5, 2], over: { size: [3, 1] }, output: [12, 5, 2] },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output }) => {
    expect(upSampling2d.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(upSampling2d.paramCount([input], params(over), output)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(upSampling2d.flops([input], params(over), output)).toBe(0);
    const real = await tfjsLayerFacts(upSampling2d, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it('explains a 2-D input', () => {
    const result = upSampling2d.inferShape([[14, 14]], params({}));
    expect(result).toMatchObject({ ok: false, issue: { code: 'needs-image' } });
    if (!result.ok) expect(result.issue.message).toContain('14×14×1');
  });

  it('reads its Keras config back and refuses bilinear interpolation', () => {
    const p = params({ size: [2, 3] });
    const keras = upSampling2d.toKeras(p, [[4, 4, 1]])!;
    expect(upSampling2d.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: p,
    });
    expect(upSampling2d.fromKeras!.read('UpSampling2D', { size: 2 })).toEqual({
      ok: true,
      params: { size: [2, 2] },
    });
    const bilinear = upSampling2d.fromKeras!.read('UpSampling2D', {
      size: [2, 2],
      interpolation: 'bilinear',
    });
    expect(bilinear.ok).toBe(false);
  });
});
