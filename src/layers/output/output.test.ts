import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaults';
import { tfjsLayerFacts } from '../testing/tfjsLayerCheck';
import { output } from './output';

const params = (over: Record<string, unknown>) => ({ ...defaultParams(output), ...over }) as never;

describe('Output', () => {
  const cases = [
    { input: [10], over: {} },
    { input: [1], over: { loss: 'binary_crossentropy' } },
    { input: [5], over: { loss: 'sparse_categorical_crossentropy' } },
    { input: [3], over: { loss: 'mean_squared_error', metrics: ['mae'] } },
    { input: [28, 28, 1], over: { loss: 'mean_absolute_error', metrics: [] } },
    { input: [20, 4], over: { loss: 'huber', metrics: ['mse', 'mae'] } },
  ];
  it.each(cases)('$input with $over passes its input through', ({ input, over }) => {
    expect(output.inferShape([input], params(over))).toEqual({ ok: true, shape: input });
    expect(output.paramCount([input], params(over), input)).toEqual({
      trainable: 0,
      nonTrainable: 0,
    });
    expect(output.flops([input], params(over), input)).toBe(0);
    expect(output.toKeras(params(over), [input])).toBeNull();
  });

  it('builds no tfjs layer of its own', async () => {
    await expect(tfjsLayerFacts(output, {}, [[10]])).rejects.toThrow('builds no tfjs layer');
  });

  it('defaults to categorical cross-entropy with accuracy, and takes one input', () => {
    expect(defaultParams(output)).toEqual({
      loss: 'categorical_crossentropy',
      metrics: ['accuracy'],
    });
    expect(output.inputs).toEqual({ min: 1, max: 1 });
    expect(output.category).toBe('Output');
  });

  it.each(['categorical_crossentropy', 'sparse_categorical_crossentropy', 'binary_crossentropy'])(
    '%s asks for a vector and offers Flatten',
    (loss) => {
      const result = output.inferShape([[7, 7, 2]], params({ loss }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issue.code).toBe('needs-vector');
      expect(result.issue.message).toContain('7×7×2');
      expect(result.issue.message).toContain('98');
      expect(result.issue.fix).toMatchObject({
        kind: 'insertBefore',
        layerType: 'Flatten',
        label: 'Insert Flatten',
      });
    },
  );

  // output values, loss, dataset classes → issue (null when they fit), words the message must hold
  const datasetCases = [
    { outputs: 10, loss: 'categorical_crossentropy', classes: 10, words: null, fix: null },
    { outputs: 10, loss: 'sparse_categorical_crossentropy', classes: 10, words: null, fix: null },
    { outputs: 1, loss: 'binary_crossentropy', classes: 2, words: null, fix: null },
    {
      outputs: 5,
      loss: 'categorical_crossentropy',
      classes: 10,
      words: ['10 classes', '5 values'],
      fix: null,
    },
    {
      outputs: 3,
      loss: 'sparse_categorical_crossentropy',
      classes: 4,
      words: ['4 classes', '3 values'],
      fix: null,
    },
    {
      outputs: 1,
      loss: 'categorical_crossentropy',
      classes: 2,
      words: ['2 classes', 'has 1 value.'],
      fix: 'binary_crossentropy',
    },
    {
      outputs: 2,
      loss: 'binary_crossentropy',
      classes: 2,
      words: ['needs 1 output', '2 values'],
      fix: 'categorical_crossentropy',
    },
    {
      outputs: 10,
      loss: 'binary_crossentropy',
      classes: 10,
      words: ['2 classes', '10 classes'],
      fix: 'categorical_crossentropy',
    },
  ];
  it.each(datasetCases)(
    '$outputs outputs, $loss, $classes classes',
    ({ outputs, loss, classes, words, fix }) => {
      const issue = output.checkDataset!([[outputs]], params({ loss }), {
        name: 'd',
        numClasses: classes,
      });
      if (words === null) {
        expect(issue).toBeNull();
        return;
      }
      expect(issue).toMatchObject({ severity: 'error', code: 'classes-mismatch' });
      for (const w of words) expect(issue!.message).toContain(w);
      if (fix) expect(issue!.fix).toMatchObject({ kind: 'setParams', params: { loss: fix } });
      else expect(issue!.fix).toBeUndefined();
    },
  );

  it('has nothing to say without a class count or for regression', () => {
    expect(output.checkDataset!([[3]], params({}), { name: 'd' })).toBeNull();
    expect(
      output.checkDataset!([[3]], params({ loss: 'mean_squared_error' }), {
        name: 'd',
        numClasses: 10,
      }),
    ).toBeNull();
  });
});
