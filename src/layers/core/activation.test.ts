import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { kerasInputLayer, kerasModelJson } from '../../compiler/kerasModel';
import { registerCustomLayers } from '../../compiler/customLayers';
import { loadTf } from '../../compiler/tf';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { activation } from './activation';

const params = (over: Record<string, unknown>) =>
  ({ ...defaultParams(activation), ...over }) as never;

/** Runs one Activation layer in real tfjs on a 1×n input and returns its output values. */
async function runInTfjs(over: Record<string, unknown>, values: number[]): Promise<number[]> {
  const tf = await loadTf();
  registerCustomLayers(tf);
  const keras = activation.toKeras(params(over), [[values.length]])!;
  const json = kerasModelJson(
    'check',
    [
      { ...kerasInputLayer([values.length]), name: 'in', inbound: [] },
      { ...keras, name: 'act', inbound: ['in'] },
    ],
    ['in'],
    ['act'],
  );
  const model = await tf.models.modelFromJSON(json as never);
  const x = tf.tensor2d([values]);
  const y = model.predict(x) as Tensor;
  const out = Array.from(await y.data());
  tf.dispose([x, y]);
  model.dispose();
  return out;
}

describe('Activation', () => {
  const cases = [
    { input: [10], over: { activation: 'linear' }, keras: 'Activation' },
    { input: [10], over: { activation: 'sigmoid' }, keras: 'Activation' },
    { input: [5, 4], over: { activation: 'tanh' }, keras: 'Activation' },
    { input: [28, 28, 8], over: { activation: 'relu' }, keras: 'Activation' },
    { input: [16], over: { activation: 'leaky_relu' }, keras: 'LeakyReLU' },
    { input: [16], over: { activation: 'elu' }, keras: 'ELU' },
    { input: [3, 3, 2], over: { activation: 'selu' }, keras: 'Activation' },
    { input: [7], over: { activation: 'softplus' }, keras: 'Activation' },
    { input: [10], over: { activation: 'softmax' }, keras: 'Activation' },
  ];
  it.each(cases)('$over.activation keeps $input', async ({ input, over, keras }) => {
    expect(activation.inferShape([input], params(over))).toEqual({ ok: true, shape: input });
    expect(activation.paramCount([input], params(over), input)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(activation.flops([input], params(over), input)).toBe(0);
    expect(activation.toKeras(params(over), [input])!.class_name).toBe(keras);
    const real = await tfjsLayerFacts(activation, over as never, [input]);
    expect(real).toEqual({ outputShape: input, trainable: 0, nonTrainable: 0 });
  });

  it('defaults the leaky slope to the lecture’s 0.1 and says Keras uses 0.3', () => {
    expect(defaultParams(activation).leakyAlpha).toBe(0.1);
    expect(defaultParams(activation).eluAlpha).toBe(1);
    expect(activation.params.leakyAlpha.help).toContain('0.3');
  });

  it('shows each α only for its own function', () => {
    const { leakyAlpha, eluAlpha } = activation.params;
    expect(leakyAlpha.visibleWhen({ activation: 'leaky_relu' })).toBe(true);
    expect(leakyAlpha.visibleWhen({ activation: 'elu' })).toBe(false);
    expect(eluAlpha.visibleWhen({ activation: 'elu' })).toBe(true);
    expect(eluAlpha.visibleWhen({ activation: 'relu' })).toBe(false);
  });

  // Hand-computed: leaky max(αx, x); ELU α(eˣ − 1) below zero; sigmoid 1/(1+e^−x).
  const numeric = [
    { over: { activation: 'leaky_relu', leakyAlpha: 0.1 }, x: [-2, 3], y: [-0.2, 3] },
    { over: { activation: 'leaky_relu', leakyAlpha: 0.25 }, x: [-4, 0.5], y: [-1, 0.5] },
    { over: { activation: 'elu' }, x: [-1, 2], y: [Math.exp(-1) - 1, 2] },
    { over: { activation: 'elu', eluAlpha: 0.5 }, x: [-1, 2], y: [0.5 * (Math.exp(-1) - 1), 2] },
    { over: { activation: 'elu', eluAlpha: 2 }, x: [-3, 0.25], y: [2 * (Math.exp(-3) - 1), 0.25] },
    { over: { activation: 'sigmoid' }, x: [0, 2], y: [0.5, 1 / (1 + Math.exp(-2))] },
    { over: { activation: 'relu' }, x: [-3, 4], y: [0, 4] },
  ];
  it.each(numeric)('$over.activation computes $y on $x in tfjs', async ({ over, x, y }) => {
    const out = await runInTfjs(over, x);
    out.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 5));
  });

  const reads = [
    { cls: 'Activation', config: { activation: 'tanh' }, params: { activation: 'tanh' } },
    {
      cls: 'Activation',
      config: { activation: 'elu' },
      params: { activation: 'elu', eluAlpha: 1 },
    },
    // Keras 3's leaky_relu function has slope 0.2.
    {
      cls: 'Activation',
      config: { activation: 'leaky_relu' },
      params: { activation: 'leaky_relu', leakyAlpha: 0.2 },
    },
    {
      cls: 'LeakyReLU',
      config: { alpha: 0.05 },
      params: { activation: 'leaky_relu', leakyAlpha: 0.05 },
    },
    {
      cls: 'LeakyReLU',
      config: { negative_slope: 0.2 },
      params: { activation: 'leaky_relu', leakyAlpha: 0.2 },
    },
    { cls: 'LeakyReLU', config: {}, params: { activation: 'leaky_relu', leakyAlpha: 0.3 } },
    { cls: 'ELU', config: { alpha: 1 }, params: { activation: 'elu', eluAlpha: 1 } },
    {
      cls: 'ReLU',
      config: { max_value: null, negative_slope: 0, threshold: 0 },
      params: { activation: 'relu' },
    },
    {
      cls: 'ReLU',
      config: { negative_slope: 0.1 },
      params: { activation: 'leaky_relu', leakyAlpha: 0.1 },
    },
    { cls: 'Softmax', config: { axis: -1 }, params: { activation: 'softmax' } },
    { cls: 'Softmax', config: { axis: [-1] }, params: { activation: 'softmax' } },
  ];
  it.each(reads)('reads $cls $config', ({ cls, config, params: expected }) => {
    expect(activation.fromKeras!.read(cls, config)).toEqual({ ok: true, params: expected });
  });

  const refusals = [
    { cls: 'ReLU', config: { max_value: 6 }, words: 'max_value 6' },
    { cls: 'ReLU', config: { threshold: 0.5 }, words: 'threshold 0.5' },
    { cls: 'Softmax', config: { axis: 1 }, words: 'axis 1' },
    { cls: 'Activation', config: { activation: 'gelu' }, words: "'gelu'" },
  ];
  it.each(refusals)('refuses $cls $config', ({ cls, config, words }) => {
    const read = activation.fromKeras!.read(cls, config);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });

  it.each(cases)('round-trips $over.activation through Keras', ({ over }) => {
    const p = params({ ...over, leakyAlpha: 0.15 });
    const keras = activation.toKeras(p, [[4]])!;
    const read = activation.fromKeras!.read(keras.class_name, keras.config);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.params.activation).toBe(over.activation);
    if (over.activation === 'leaky_relu') expect(read.params.leakyAlpha).toBe(0.15);
  });
});
