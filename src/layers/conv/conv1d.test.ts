import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { conv1d } from './conv1d';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(conv1d), ...over }) as never;

describe('Conv1D', () => {
  // Output ⌊(n − (d·(k−1)+1))/s⌋ + 1 ('valid') or ⌈n/s⌉ ('same'); params K·Ci·Co + Co;
  // flops Lo·Co·K·Ci.
  const cases = [
    { input: [100, 1], over: {}, output: [98, 32], trainable: 3 * 32 + 32, flops: 98 * 32 * 3 },
    {
      input: [50, 8],
      over: { filters: 16, kernelSize: 5, strides: 2 },
      output: [23, 16],
      trainable: 5 * 8 * 16 + 16,
      flops: 23 * 16 * 40,
    },
    {
      input: [50, 8],
      over: { filters: 4, kernelSize: 4, strides: 3, padding: 'same', useBias: false },
      output: [17, 4],
      trainable: 4 * 8 * 4,
      flops: 17 * 4 * 32,
    },
    {
      input: [20, 2],
      over: { filters: 3, dilation: 4 },
      output: [12, 3],
      trainable: 3 * 2 * 3 + 3,
      flops: 12 * 3 * 6,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(conv1d.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(conv1d.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(conv1d.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(conv1d, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it.each([
    { input: [100], says: ['steps×features', 'vector of 100 values', '100×1'] },
    { input: [28, 28, 3], says: ['28×28×3', '28×84'] },
  ])('explains an input of shape $input and offers Reshape', ({ input, says }) => {
    const result = conv1d.inferShape([input], params({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('needs-sequence');
    for (const text of says) expect(result.issue.message).toContain(text);
    expect(result.issue.fix).toMatchObject({ kind: 'insertBefore', layerType: 'Reshape' });
  });

  it('explains a dilated kernel longer than the sequence with the formula', () => {
    const result = conv1d.inferShape([[6, 1]], params({ kernelSize: 3, dilation: 3 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.message).toContain('along the length');
    expect(result.issue.message).toContain('(6 − (3·(3−1)+1) + 2·0)/1 + 1 = 0');
  });

  it('offers dilation 1 as an integer when strides and dilation are both above 1', () => {
    const issues = conv1d.checkParams!(params({ strides: 2, dilation: 2 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.fix).toMatchObject({
      kind: 'setParams',
      params: { dilation: 1 },
      label: 'Set dilation to 1',
    });
    // Dilation alone is allowed, with a warning that it cannot be trained here.
    expect(conv1d.checkParams!(params({ dilation: 2 }))).toMatchObject([
      { severity: 'warning', code: 'dilated-not-trainable', param: 'dilation' },
    ]);
    expect(conv1d.checkParams!(params({}))).toEqual([]);
  });

  it('reads its Keras config back', () => {
    const p = params({
      filters: 9,
      kernelSize: 7,
      strides: 1,
      padding: 'same',
      dilation: 2,
      activation: 'elu',
      useBias: false,
      kernelInitializer: 'lecun_normal',
      biasInitializer: 'zeros',
    });
    const keras = conv1d.toKeras(p, [[40, 3]])!;
    expect(conv1d.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
  });

  it.each([
    { config: { kernel_size: 3, padding: 'causal' }, says: "padding 'causal'" },
    { config: { kernel_size: 3, activation: 'swish' }, says: "activation 'swish'" },
  ])('refuses $says', ({ config, says }) => {
    const read = conv1d.fromKeras!.read('Conv1D', { filters: 2, ...config });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(says);
  });
});
