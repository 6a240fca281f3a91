import { describe, expect, it } from 'vitest';
import { datasetInfo } from './catalog';
import { loadDataset } from './node/loadDataset';
import { infoWithTarget } from './target';

describe('the target option of the MNIST sample', () => {
  it('keeps the digit classes by default', async () => {
    const digits = await loadDataset('mnist-sample');
    expect(digits.task).toBe('classification');
    expect(digits.targetShape).toEqual([10]);
    expect(digits.classNames).toHaveLength(10);
  });

  it('makes every picture its own target with target: input', async () => {
    const digits = await loadDataset('mnist-sample', { target: 'input' });
    expect(digits.task).toBe('regression');
    expect(digits.targetShape).toEqual([28, 28, 1]);
    expect(digits.classNames).toBeUndefined();
    expect(digits.options).toEqual({ target: 'input' });
    for (const split of [digits.train, digits.test]) {
      expect(split.y.length).toBe(split.count * 784);
      // The pictures are shared, not copied: loaded datasets are read-only.
      expect(split.y).toBe(split.x);
    }
    expect(digits.train.count).toBe(8_000);
    // The labelled dataset loaded before is not changed by this one.
    expect((await loadDataset('mnist-sample')).targetShape).toEqual([10]);
  });

  it.each([
    ['pixels', '"pixels"'],
    [1, '1'],
  ])('refuses target %s, naming the values it takes', async (target, shown) => {
    await expect(loadDataset('mnist-sample', { target })).rejects.toThrow(
      `The option 'target' of the dataset 'mnist-sample' must be one of "labels", "input", but is ${shown}.`,
    );
  });

  it('is not offered by datasets without pictures', async () => {
    await expect(loadDataset('xor', { target: 'input' })).rejects.toThrow(/has no option 'target'/);
  });
});

describe('infoWithTarget', () => {
  const mnist = datasetInfo('mnist-sample')!;

  it('describes the catalogue entry as the options make it', () => {
    const rebuilt = infoWithTarget(mnist, { target: 'input' });
    expect(rebuilt).toMatchObject({ task: 'regression', targetShape: [28, 28, 1] });
    expect(rebuilt.classNames).toBeUndefined();
    expect(infoWithTarget(mnist, { target: 'labels' })).toBe(mnist);
    expect(infoWithTarget(mnist, undefined)).toBe(mnist);
  });

  it('ignores a target on a dataset that has no such option', () => {
    const xor = datasetInfo('xor')!;
    expect(infoWithTarget(xor, { target: 'input' })).toBe(xor);
  });
});
