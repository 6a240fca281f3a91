/** The MNIST sample, read from the real package files. */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetProblems } from '../check';
import { classCounts, integerLabels } from '../labels';
import type { Dataset, DatasetSplit } from '../types';
import { loadDataset } from './loadDataset';
import { loadMnistSample, mnistDigitFile } from './mnistSample';

const PIXELS = 784;
let mnist: Dataset;

beforeAll(async () => {
  mnist = await loadDataset('mnist-sample');
});

/** A fingerprint of one image: Σ (i + 1) · pixel_i, the same however the pixels were copied. */
function fingerprint(pixels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < PIXELS; i++) sum += (i + 1) * Math.fround(pixels[i] as number);
  return sum;
}

describe('the MNIST sample', () => {
  it('holds 10,000 images of 28 × 28 × 1, split 8,000 / 2,000, with one-hot targets', () => {
    expect(mnist.inputShape).toEqual([28, 28, 1]);
    expect(mnist.targetShape).toEqual([10]);
    expect(mnist.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect([mnist.train.count, mnist.test.count]).toEqual([8_000, 2_000]);
    expect(mnist.train.x.length).toBe(8_000 * PIXELS);
    expect(datasetProblems(mnist)).toEqual([]); // includes: every target row is one-hot
  });

  it('keeps grey levels in [0, 1], using the whole range', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const split of [mnist.train, mnist.test]) {
      for (const v of split.x) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    expect([min, max]).toEqual([0, 1]);
  });

  it('has about 1,000 of each digit, 80 % of each in training', () => {
    const train = classCounts(mnist.train, 10);
    const test = classCounts(mnist.test, 10);
    train.forEach((n, d) => {
      const total = n + test[d]!;
      expect(total).toBeGreaterThan(850);
      expect(total).toBeLessThan(1_150);
      expect(Math.abs(n - 0.8 * total)).toBeLessThan(1);
    });
  });

  it.each([
    ['train', 0],
    ['train', 1],
    ['train', 7_999],
    ['test', 0],
    ['test', 1_999],
  ] as const)('has ink in %s image %i', (part, index) => {
    const image = mnist[part].x.subarray(index * PIXELS, (index + 1) * PIXELS);
    const inked = image.filter((v) => v > 0.5).length;
    expect(inked).toBeGreaterThan(20); // a digit covers roughly 100–200 of the 784 pixels
    expect(inked).toBeLessThan(500);
  });

  it('holds every image of the package exactly once, under the digit of its file', async () => {
    const expected = new Map<string, number>();
    for (let d = 0; d < 10; d++) {
      const { data } = JSON.parse(await readFile(mnistDigitFile(d), 'utf8')) as { data: number[] };
      for (let i = 0; i < data.length; i += PIXELS) {
        const key = `${d}:${fingerprint(data.slice(i, i + PIXELS))}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    for (const split of [mnist.train, mnist.test]) {
      const labels = integerLabels(split, 10);
      for (let i = 0; i < split.count; i++) {
        const key = `${labels[i]}:${fingerprint(split.x.subarray(i * PIXELS, (i + 1) * PIXELS))}`;
        const left = expected.get(key);
        expect(left, `image ${i} labelled ${labels[i]}`).toBeGreaterThan(0);
        expected.set(key, left! - 1);
      }
    }
    expect([...expected.values()].every((n) => n === 0)).toBe(true);
  });

  it('lines images up with labels: nearest class centroid scores over 75 % on the test part', () => {
    const centroids = classCentroids(mnist.train);
    const labels = integerLabels(mnist.test, 10);
    let correct = 0;
    for (let i = 0; i < mnist.test.count; i++) {
      const image = mnist.test.x.subarray(i * PIXELS, (i + 1) * PIXELS);
      let best = 0;
      let bestDistance = Infinity;
      centroids.forEach((centroid, d) => {
        let distance = 0;
        for (let p = 0; p < PIXELS; p++) distance += (image[p]! - centroid[p]!) ** 2;
        if (distance < bestDistance) [best, bestDistance] = [d, distance];
      });
      if (best === labels[i]) correct++;
    }
    // Nearest centroid scores about 80 % on this split; shuffled labels would give about 10 %.
    expect(correct / mnist.test.count).toBeGreaterThan(0.75);
  });

  it('is the same split every time and is read once per process', async () => {
    expect(await loadMnistSample()).toBe(mnist);
    expect(await loadDataset('mnist-sample')).toBe(mnist);
  });
});

function classCentroids(split: DatasetSplit): Float64Array[] {
  const sums = Array.from({ length: 10 }, () => new Float64Array(PIXELS));
  const counts = new Array<number>(10).fill(0);
  const labels = integerLabels(split, 10);
  for (let i = 0; i < split.count; i++) {
    const sum = sums[labels[i]!]!;
    for (let p = 0; p < PIXELS; p++) sum[p]! += split.x[i * PIXELS + p]!;
    counts[labels[i]!]!++;
  }
  return sums.map((sum, d) => sum.map((v) => v / counts[d]!));
}
