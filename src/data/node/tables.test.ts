/** The tables of vega-datasets as datasets: sizes, gaps reported, scaling fitted on training. */
import { describe, expect, it } from 'vitest';
import { datasetProblems } from '../check';
import { DATASET_INFOS } from '../catalog';
import { classCounts } from '../labels';
import { irisDataset } from '../tables/iris';
import { loadDataset } from './loadDataset';

/** The mean of column c of row-major x with the given width. */
function columnMean(x: Float32Array, width: number, c: number): number {
  let sum = 0;
  for (let at = c; at < x.length; at += width) sum += x[at]!;
  return sum / (x.length / width);
}

describe('iris', () => {
  it('holds the 150 flowers, 50 of each species, split 80/20 within each species', async () => {
    const d = await loadDataset('iris');
    expect(datasetProblems(d)).toEqual([]);
    expect([d.train.count, d.test.count]).toEqual([
      DATASET_INFOS.iris.sizes.train,
      DATASET_INFOS.iris.sizes.test,
    ]);
    expect(classCounts(d.train, 3)).toEqual([40, 40, 40]);
    expect(classCounts(d.test, 3)).toEqual([10, 10, 10]);
    for (let f = 0; f < 4; f++) expect(Math.abs(columnMean(d.train.x, 4, f))).toBeLessThan(1e-5);
  });

  it('refuses a row that is not four measurements of a known species, naming the row', () => {
    const options = { seed: 1, trainRatio: 0.8 };
    expect(() =>
      irisDataset(
        [
          [1, 2, 3, 4],
          [1, 2, 3],
        ],
        ['setosa', 'setosa'],
        options,
      ),
    ).toThrow(/Row 2 of the iris table/);
    expect(() => irisDataset([[1, 2, 3, 4]], ['rose'], options)).toThrow(/Row 1/);
  });
});

describe('penguins', () => {
  it('holds the 342 penguins with all four measurements, split by species', async () => {
    const d = await loadDataset('penguins');
    expect(datasetProblems(d)).toEqual([]);
    expect([d.train.count, d.test.count]).toEqual([
      DATASET_INFOS.penguins.sizes.train,
      DATASET_INFOS.penguins.sizes.test,
    ]);
    expect(d.notes?.[0]).toBe(
      '2 of 344 penguins have a missing measurement and were left out; 342 remain.',
    );
    // 151 Adelie, 68 Chinstrap, 123 Gentoo: each class 80/20 (rounded) in the two parts.
    const train = classCounts(d.train, 3);
    const test = classCounts(d.test, 3);
    expect(train.map((n, c) => n + test[c]!)).toEqual([151, 68, 123]);
    for (let c = 0; c < 3; c++)
      expect(Math.abs(train[c]! - 0.8 * (train[c]! + test[c]!))).toBeLessThan(1);
    for (let f = 0; f < 4; f++) expect(Math.abs(columnMean(d.train.x, 4, f))).toBeLessThan(1e-5);
  });
});

describe('cars', () => {
  it('leaves out cars without an economy, fills missing horsepower, and says so', async () => {
    const d = await loadDataset('cars', { seed: 3 });
    expect(datasetProblems(d)).toEqual([]);
    expect(d.train.count + d.test.count).toBe(398);
    expect(d.notes?.[0]).toMatch(/^8 of 406 cars have no fuel economy and were left out \(/);
    expect(d.notes?.[1]).toMatch(
      /^6 cars have no horsepower; it was filled with the median of the training cars, \d+(\.\d+)? hp \(/,
    );
    expect(d.inputShape).toEqual([9]);
    // Standardised numeric columns (0–5) have mean 0 on the training cars; origins stay 0/1.
    for (let f = 0; f < 6; f++) expect(Math.abs(columnMean(d.train.x, 9, f))).toBeLessThan(1e-4);
    for (let at = 6; at < d.train.x.length; at += 9) {
      expect(d.train.x[at]! + d.train.x[at + 1]! + d.train.x[at + 2]!).toBe(1);
    }
    // Economy in miles per gallon, as recorded: from about 9 to about 47.
    expect(Math.min(...d.train.y)).toBeGreaterThanOrEqual(9);
    expect(Math.max(...d.train.y)).toBeLessThanOrEqual(47);
  });
});

describe('seattle-weather', () => {
  it('makes windows of past days with the next day’s weather, split in time', async () => {
    const d = await loadDataset('seattle-weather', { window: 3 });
    expect(datasetProblems(d)).toEqual([]);
    expect(d.inputShape).toEqual([3, 4]);
    expect(d.train.count + d.test.count).toBe(1461 - 3);
    // Consecutive windows overlap by all but one day.
    expect([...d.train.x.subarray(12 + 0, 12 + 8)]).toEqual([...d.train.x.subarray(4, 12)]);
    // The first test window continues where the last training window stopped.
    const last = (d.train.count - 1) * 12;
    expect([...d.test.x.subarray(0, 8)]).toEqual([...d.train.x.subarray(last + 4, last + 12)]);
    const all = classCounts(d.train, 5).map((n, c) => n + classCounts(d.test, 5)[c]!);
    // Every day from the fourth on is a target: 1,461 days minus the first 3.
    expect(all.reduce((a, b) => a + b)).toBe(1458);
    expect(d.classNames).toEqual(['drizzle', 'fog', 'rain', 'snow', 'sun']);
  });
});
