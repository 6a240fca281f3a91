import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { conv2d } from './conv2d';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(conv2d), ...over }) as never;

describe('Conv2D', () => {
  // Output ⌊(n − (d·(k−1)+1))/s⌋ + 1 ('valid') or ⌈n/s⌉ ('same'); params Kh·Kw·Ci·Co + Co;
  // flops Ho·Wo·Co·Kh·Kw·Ci.
  const cases = [
    {
      input: [28, 28, 1],
      over: {},
      output: [26, 26, 32],
      trainable: 3 * 3 * 1 * 32 + 32,
      flops: 26 * 26 * 32 * 9,
    },
    {
      input: [28, 28, 1],
      over: { filters: 6, kernelSize: [5, 5], padding: 'same' },
      output: [28, 28, 6],
      trainable: 5 * 5 * 6 + 6,
      flops: 28 * 28 * 6 * 25,
    },
    {
      input: [32, 32, 3],
      over: { filters: 16, strides: [2, 2] },
      output: [15, 15, 16],
      trainable: 27 * 16 + 16,
      flops: 15 * 15 * 16 * 27,
    },
    {
      input: [32, 32, 3],
      over: { filters: 8, dilation: [2, 2] },
      output: [28, 28, 8],
      trainable: 27 * 8 + 8,
      flops: 28 * 28 * 8 * 27,
    },
    {
      input: [10, 12, 4],
      over: { filters: 5, kernelSize: [3, 5], strides: [1, 2], padding: 'same', useBias: false },
      output: [10, 6, 5],
      trainable: 3 * 5 * 4 * 5,
      flops: 10 * 6 * 5 * 60,
    },
  ];
  it.each(cases)('$input with $over', async ({ input, over, output, trainable, flops }) => {
    expect(conv2d.inferShape([input], params(over))).toEqual({ ok: true, shape: output });
    expect(conv2d.paramCount([input], params(over), output)).toEqual({
      trainable,
      nonTrainable: 0,
    });
    expect(conv2d.flops([input], params(over), output)).toBe(flops);
    const real = await tfjsLayerFacts(conv2d, over as never, [input]);
    expect(real).toEqual({ outputShape: output, trainable, nonTrainable: 0 });
  });

  it.each([
    { input: [784], says: ['vector of 784 values', '28×28×1'] },
    { input: [28, 28], says: ['28×28', 'no channel axis', '28×28×1'] },
  ])('explains an input of shape $input and offers Reshape', ({ input, says }) => {
    const result = conv2d.inferShape([input], params({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('needs-image');
    for (const text of says) expect(result.issue.message).toContain(text);
    expect(result.issue.fix).toMatchObject({
      kind: 'insertBefore',
      layerType: 'Reshape',
      label: 'Insert Reshape to 28×28×1',
      params: { targetShape: [28, 28, 1] },
    });
  });

  it('explains a kernel larger than its input with the formula', () => {
    const result = conv2d.inferShape([[4, 4, 1]], params({ kernelSize: [5, 5] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('kernel-too-large');
    expect(result.issue.message).toContain('(4 − 5 + 2·0)/1 + 1 = 0');
    expect(result.issue.fix).toMatchObject({ kind: 'setParams', params: { padding: 'same' } });
  });

  it('rejects strides with dilation and offers dilation 1×1', () => {
    const [issue, ...rest] = conv2d.checkParams!(params({ strides: [2, 2], dilation: [2, 2] }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'strides-and-dilation',
      fix: { params: { dilation: [1, 1] } },
    });
    expect(conv2d.checkParams!(params({ strides: [2, 2] }))).toEqual([]);
  });

  it('reads its Keras config back', () => {
    const p = params({
      filters: 7,
      kernelSize: [3, 5],
      strides: [2, 1],
      padding: 'same',
      activation: 'tanh',
      useBias: false,
      kernelInitializer: 'he_normal',
      biasInitializer: 'ones',
    });
    const keras = conv2d.toKeras(p, [[9, 9, 3]])!;
    expect(conv2d.fromKeras!.read(keras.class_name, keras.config)).toEqual({ ok: true, params: p });
  });

  it('reads a single-integer kernel and refuses channels_first', () => {
    const read = conv2d.fromKeras!.read('Conv2D', { filters: 4, kernel_size: 5, strides: 2 });
    expect(read).toMatchObject({ ok: true, params: { kernelSize: [5, 5], strides: [2, 2] } });
    const first = conv2d.fromKeras!.read('Conv2D', {
      filters: 4,
      kernel_size: 3,
      data_format: 'channels_first',
    });
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.message).toContain('channels_first');
  });
});
