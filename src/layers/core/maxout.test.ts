import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { maxout } from './maxout';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(maxout), ...over }) as never;

describe('Maxout', () => {
  // params = k·(in·units + units); flops = k·in·units
  const cases = [
    {
      input: [784],
      over: { units: 128 },
      output: [128],
      trainable: 2 * (784 * 128 + 128),
      flops: 2 * 784 * 128,
    },
    { input: [4], over: { units: 3, pieces: 5 }, output: [3], trainable: 5 * (12 + 3), flops: 60 },
    {
      input: [10],
      over: { units: 2, pieces: 3, useBias: false },
      output: [2],
      trainable: 60,
      flops: 60,
    },
    { input: [1], over: { units: 1, pieces: 2 }, output: [1], trainable: 4, flops: 2 },
  ];
  it.each(cases)(
    '$input → units $over.units',
    async ({ input, over, output, trainable, flops }) => {
      expect(maxout.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
      expect(maxout.paramCount([input], params(over), output)).toEqual({
        trainable,
        nonTrainable: 0,
      });
      expect(maxout.flops([input], params(over), output)).toBe(flops);
      const real = await tfjsLayerFacts(maxout, over as never, [input]);
      expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
    },
  );

  it('explains an image input and offers Flatten', () => {
    const result = maxout.inferShape([[28, 28, 1]], params({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('needs-vector');
    expect(result.issue.message).toContain('28×28×1');
    expect(result.issue.message).toContain('784');
    expect(result.issue.fix).toMatchObject({
      kind: 'insertBefore',
      layerType: 'Flatten',
      label: 'Insert Flatten',
    });
  });

  it('bounds its parameters', () => {
    expect(maxout.params.pieces).toMatchObject({ default: 2, min: 2, max: 64 });
    expect(maxout.params.units).toMatchObject({ min: 1, max: 1_000_000 });
  });

  it('reads its Keras config back', () => {
    const keras = maxout.toKeras(
      params({ units: 7, pieces: 3, useBias: false, kernelInitializer: 'he_normal' }),
      [[3]],
    )!;
    expect(keras.class_name).toBe('Maxout');
    expect(maxout.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: {
        units: 7,
        pieces: 3,
        useBias: false,
        kernelInitializer: 'he_normal',
        biasInitializer: 'zeros',
      },
    });
  });

  it('refuses a Maxout config without units', () => {
    expect(maxout.fromKeras!.read('Maxout', { pieces: 2 }).ok).toBe(false);
  });
});
