import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { averagePooling1d, maxPooling1d } from './pooling1d';

describe.each([maxPooling1d, averagePooling1d])('$type', (layer) => {
  const params = (over: Record<string, unknown>) => ({ ...defaultParams(layer), ...over }) as never;

  // Output ⌊(n − p)/s⌋ + 1 ('valid') or ⌈n/s⌉ ('same'); features unchanged; flops Lo·C·P.
  const cases = [
    { input: [100, 16], over: {}, output: [50, 16], flops: 50 * 16 * 2 },
    { input: [10, 3], over: { poolSize: 3, strides: 1 }, output: [8, 3], flops: 8 * 3 * 3 },
    { input: [11, 4], over: { padding: 'same' }, output: [6, 4], flops: 6 * 4 * 2 },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, flops }) => {
    expect(layer.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(layer.paramCount([input], params(over), output)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(layer.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(layer, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable: 0, nonTrainable: 0 });
  });

  it('explains an image input and a window longer than the sequence', () => {
    expect(layer.inferShape([[8, 8, 3]], params({}))).toMatchObject({
      ok: false,
      issue: { code: 'needs-sequence' },
    });
    const short = layer.inferShape([[3, 2]], params({ poolSize: 4 }));
    expect(short).toMatchObject({
      ok: false,
      issue: { code: 'kernel-too-large', param: 'poolSize' },
    });
    if (!short.ok) expect(short.issue.message).toContain('(3 − 4 + 2·0)/2 + 1 = 0');
  });

  it('reads its Keras config back', () => {
    const p = params({ poolSize: 4, strides: 3, padding: 'same' });
    const keras = layer.toKeras(p, [[20, 2]])!;
    expect(layer.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
    expect(layer.fromKeras!.read(layer.type, { pool_size: [5] })).toEqual({
      ok: true,
      params: { poolSize: 5, strides: 5, padding: 'valid' },
    });
  });
});
