import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { dense } from './dense';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(dense), ...over }) as never;

describe('Dense', () => {
  // input, params, output, trainable, flops
  const cases = [
    {
      input: [784],
      over: { units: 128 },
      output: [128],
      trainable: 784 * 128 + 128,
      flops: 784 * 128,
    },
    { input: [4], over: { units: 3, useBias: false }, output: [3], trainable: 12, flops: 12 },
    { input: [1], over: { units: 1, activation: 'linear' }, output: [1], trainable: 2, flops: 1 },
  ];
  it.each(cases)(
    '$input → units $over.units',
    async ({ input, over, output, trainable, flops }) => {
      const shape = dense.inferShape([input], params(over));
      expect(shape).toEqual({ ok: true, shape: output });
      expect(dense.paramCount([input], params(over), output)).toEqual({
        trainable,
        nonTrainable: 0,
      });
      expect(dense.flops([input], params(over), output)).toBe(flops);
      const real = await tfjsLayerFacts(dense, over as never, [input]);
      expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
    },
  );

  it('explains a 4-D input and offers Flatten', () => {
    const result = dense.inferShape([[28, 28, 32]], params({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.message).toContain('28×28×32');
    expect(result.issue.fix).toMatchObject({
      kind: 'insertBefore',
      layerType: 'Flatten',
      label: 'Insert Flatten',
    });
  });

  it('reads its Keras config back', () => {
    const keras = dense.toKeras(params({ units: 7, activation: 'tanh', l2: 0.01 }), [[3]])!;
    const read = dense.fromKeras!.read(keras.class_name, keras.config);
    expect(read).toMatchObject({
      ok: true,
      params: { units: 7, activation: 'tanh', l1: 0, l2: 0.01 },
    });
  });
});
