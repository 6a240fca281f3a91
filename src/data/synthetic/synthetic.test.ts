/**
 * Rules every synthetic set of points keeps (those with a declared input domain: the Playground
 * sets, the line and the function), checked for each of them. Series and images have their own.
 */
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_DATASETS } from '../catalog';
import { datasetProblems } from '../check';
import { classCounts } from '../labels';
import { defaultOptions } from '../options';
import type { Dataset } from '../types';
import type { SyntheticDataset } from './build';
import { allRows } from './testing';

const cases = (Object.entries(SYNTHETIC_DATASETS) as [string, SyntheticDataset][]).filter(
  ([, dataset]) => dataset.info.inputDomain !== undefined,
);

function generate(dataset: SyntheticDataset, given: Record<string, number> = {}): Dataset {
  return dataset.generate({ ...defaultOptions(dataset.info.options), ...given });
}

describe.each(cases)('%s', (id, dataset) => {
  const { info } = dataset;

  it('matches its catalogue entry: id, task, shapes, default sizes', () => {
    const d = generate(dataset);
    expect(d.id).toBe(id);
    expect(info.id).toBe(id);
    expect(d.task).toBe(info.task);
    expect(d.inputShape).toEqual(info.inputShape);
    expect(d.targetShape).toEqual(info.task === 'classification' ? [2] : [1]);
    expect([d.train.count, d.test.count]).toEqual([info.sizes.train, info.sizes.test]);
    expect(d.train.count + d.test.count).toBe(info.options.count.default);
    expect(datasetProblems(d)).toEqual([]);
    expect(d.options).toEqual(defaultOptions(info.options));
  });

  it('draws the same arrays for the same seed and different ones for another', () => {
    const a = generate(dataset, { seed: 7, noise: 0.2 });
    const b = generate(dataset, { seed: 7, noise: 0.2 });
    const c = generate(dataset, { seed: 8, noise: 0.2 });
    expect(b.train.x).toEqual(a.train.x);
    expect(b.train.y).toEqual(a.train.y);
    expect(b.test.x).toEqual(a.test.x);
    expect(b.test.y).toEqual(a.test.y);
    expect(c.train.x).not.toEqual(a.train.x);
  });

  it.each([
    [10, 0.5, 5, 5],
    [333, 0.1, 33, 300],
    [1_000, 0.9, 900, 100],
  ])('splits %i examples at %f into %i train and %i test', (count, trainRatio, train, test) => {
    const d = generate(dataset, { count, trainRatio });
    expect([d.train.count, d.test.count]).toEqual([train, test]);
    expect(datasetProblems(d)).toEqual([]);
  });

  it('changes the data when noise is added', () => {
    const clean = generate(dataset, { noise: 0 });
    const noisy = generate(dataset, { noise: 0.3 });
    const changed = (a: Float32Array, b: Float32Array) => a.filter((v, i) => v !== b[i]).length;
    const differences =
      changed(clean.train.x, noisy.train.x) + changed(clean.train.y, noisy.train.y);
    expect(differences).toBeGreaterThan(clean.train.count / 20);
  });

  it('keeps noiseless inputs inside the domain it declares', () => {
    if (id === 'gauss') return; // gaussian clouds have no hard edge; gauss is checked by its spread
    const domain = info.inputDomain!;
    for (const row of allRows(generate(dataset, { noise: 0, count: 2_000 }))) {
      row.x.forEach((v, k) => {
        expect(v).toBeGreaterThanOrEqual(domain[k]!.min);
        expect(v).toBeLessThanOrEqual(domain[k]!.max);
      });
    }
  });

  if (info.task === 'classification') {
    it('gives each class half of the examples when there is no noise', () => {
      const d = generate(dataset, { noise: 0, count: 1_000 });
      const all = [...classCounts(d.train, 2)].map((n, c) => n + classCounts(d.test, 2)[c]!);
      // Xor draws each point's quadrant at random: 500 ± 3·16. The others draw exact halves.
      const slack = id === 'xor' ? 50 : 0;
      for (const n of all) expect(Math.abs(n - 500)).toBeLessThanOrEqual(slack);
      // The shuffle spreads both classes over both parts.
      for (const n of classCounts(d.test, 2)) expect(n).toBeGreaterThan(d.test.count / 4);
    });
  }
});
