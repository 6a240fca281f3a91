/** Which examples a run holds back for validation. */
import { describe, expect, it } from 'vitest';
import { classCounts } from '../../data/labels';
import { loadDataset } from '../../data/registry';
import { defaultTraining } from '../../project/training';
import { prepareRunData, validationCount } from './data';

/** Class counts of the given rows of a split. */
function countsOf(y: Float32Array, indices: Uint32Array, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const i of indices) {
    const row = y.subarray(i * classes, (i + 1) * classes);
    counts[row.indexOf(1)]!++;
  }
  return counts;
}

describe('the validation split', () => {
  it('holds back each class in its own proportion, the same examples for the same seed', async () => {
    const dataset = await loadDataset('gauss', { count: 301 });
    const settings = { ...defaultTraining(), validationSplit: 0.2, seed: 7 };
    const run = prepareRunData(dataset, settings, dataset.targetShape);
    const n = dataset.train.count;
    expect(run.validation!.indices.length).toBe(validationCount(n, 0.2));
    expect(run.train.indices.length + run.validation!.indices.length).toBe(n);
    expect(new Set([...run.train.indices, ...run.validation!.indices]).size).toBe(n);

    const all = classCounts(dataset.train, 2);
    const held = countsOf(dataset.train.y, run.validation!.indices, 2);
    for (let c = 0; c < 2; c++) expect(Math.abs(held[c]! - 0.2 * all[c]!)).toBeLessThanOrEqual(1);

    const again = prepareRunData(dataset, settings, dataset.targetShape);
    expect(again.validation!.indices).toEqual(run.validation!.indices);
    const other = prepareRunData(dataset, { ...settings, seed: 8 }, dataset.targetShape);
    expect(other.validation!.indices).not.toEqual(run.validation!.indices);
  });

  it('holds back a random share of a regression set', async () => {
    const dataset = await loadDataset('linear', { count: 100 });
    const run = prepareRunData(
      dataset,
      { ...defaultTraining(), validationSplit: 0.25 },
      dataset.targetShape,
    );
    expect(run.validation!.indices.length).toBe(validationCount(dataset.train.count, 0.25));
    expect([...run.validation!.indices]).toEqual(
      [...run.validation!.indices].sort((a, b) => a - b),
    );
  });
});
