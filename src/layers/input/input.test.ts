import { describe, expect, it } from 'vitest';
import { kerasInputLayer, kerasModelJson } from '../../compiler/kerasModel';
import { loadTf } from '../../compiler/tf';
import { defaultParams } from '../defaults';
import { input } from './input';

const params = (shape: number[]) => ({ ...defaultParams(input), shape }) as never;

/** Builds Input → linear Activation in real tfjs from Input's own Keras config. */
async function tfjsOutputShape(shape: number[]): Promise<number[]> {
  const tf = await loadTf();
  const json = kerasModelJson(
    'check',
    [
      { ...input.toKeras(params(shape), [])!, name: 'in', inbound: [] },
      { class_name: 'Activation', config: { activation: 'linear' }, name: 'out', inbound: ['in'] },
    ],
    ['in'],
    ['out'],
  );
  const model = await tf.models.modelFromJSON(json as never);
  const out = (model.outputs[0]!.shape as number[]).slice(1);
  model.dispose();
  return out;
}

describe('Input', () => {
  const cases = [
    { what: 'vector', shape: [4] },
    { what: 'sequence T×F', shape: [20, 3] },
    { what: 'image H×W×C', shape: [28, 28, 1] },
    { what: 'colour image', shape: [32, 32, 3] },
  ];
  it.each(cases)('$what $shape passes through', async ({ shape }) => {
    expect(input.inferShape([], params(shape))).toEqual({ ok: true, shape });
    expect(input.paramCount([], params(shape), shape)).toEqual({ trainable: 0, nonTrainable: 0 });
    expect(input.flops([], params(shape), shape)).toBe(0);
    expect(input.toKeras(params(shape), [])).toEqual(kerasInputLayer(shape));
    expect(await tfjsOutputShape(shape)).toEqual(shape);
  });

  it('defaults to a 28×28×1 image and takes no inputs', () => {
    expect(defaultParams(input).shape).toEqual([28, 28, 1]);
    expect(input.inputs).toEqual({ min: 0, max: 0 });
  });

  const reads = [
    {
      what: 'Keras 2 / tfjs',
      config: { batch_input_shape: [null, 28, 28, 1] },
      shape: [28, 28, 1],
    },
    { what: 'Keras 3', config: { batch_shape: [null, 10] }, shape: [10] },
  ];
  it.each(reads)('reads a $what InputLayer', ({ config, shape }) => {
    expect(input.fromKeras!.read('InputLayer', config)).toEqual({ ok: true, params: { shape } });
  });

  const refusals = [
    {
      what: 'a free sequence length',
      config: { batch_input_shape: [null, null, 8] },
      words: 'dimension 1 of the input shape ?×8 is left open',
    },
    { what: 'a zero size', config: { batch_shape: [null, 28, 0, 1] }, words: 'is 0' },
    { what: 'four dimensions', config: { batch_shape: [null, 2, 2, 2, 2] }, words: 'at most 3' },
    { what: 'no shape', config: {}, words: 'no shape' },
  ];
  it.each(refusals)('refuses $what with a clear message', ({ config, words }) => {
    const read = input.fromKeras!.read('InputLayer', config);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain(words);
  });

  it('round-trips its own Keras config', () => {
    const keras = input.toKeras(params([5, 7]), [])!;
    expect(input.fromKeras!.read(keras.class_name, keras.config)).toEqual({
      ok: true,
      params: { shape: [5, 7] },
    });
  });
});
