import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { gatherRows, shuffledSplit, stratifiedSplit, trainCount } from './split';

describe('trainCount', () => {
  it.each([
    [500, 0.5, 250],
    [500, 0.8, 400],
    [100, 0.29, 29], // 0.29 · 100 is 28.999… in floating point
    [10, 0.1, 1],
    [10, 0.9, 9],
    [3, 0.1, 1], // never leaves training empty
    [3, 0.9, 2], // never leaves testing empty
    [10_000, 0.8, 8_000],
  ])('%i examples at %f train on %i', (count, ratio, expected) => {
    expect(trainCount(count, ratio)).toBe(expected);
  });
});

describe('gatherRows', () => {
  it('copies whole rows in the order of the indices', () => {
    const source = Float32Array.from([0, 1, 10, 11, 20, 21]);
    expect([...gatherRows(source, 2, [2, 0])]).toEqual([20, 21, 0, 1]);
  });
});

describe('shuffledSplit', () => {
  it('puts every example in exactly one part, rows kept whole', () => {
    const count = 101;
    const x = Float32Array.from({ length: count * 2 }, (_, i) => Math.floor(i / 2));
    const y = Float32Array.from({ length: count }, (_, i) => -i);
    const examples = { x, y, count, inputSize: 2, targetSize: 1 };
    const { train, test } = shuffledSplit(examples, 0.7, createRandom(1));
    expect([train.count, test.count]).toEqual([71, 30]);
    const seen = [...train.y, ...test.y].map((v) => -v).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
    for (const part of [train, test]) {
      for (let i = 0; i < part.count; i++) {
        expect(part.x[2 * i]).toBe(-part.y[i]!);
        expect(part.x[2 * i + 1]).toBe(-part.y[i]!);
      }
    }
  });
});

describe('stratifiedSplit', () => {
  // Classes of 1001, 1127, 991, … like the MNIST sample: 80 % of each, 8,000 in all.
  const sizes = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
  const labels = sizes.flatMap((n, c) => new Array<number>(n).fill(c));

  it('keeps each class within one example of its share, and the total exact', () => {
    const { train, test } = stratifiedSplit(labels, 10, 0.8, createRandom(42));
    expect(train.length).toBe(8_000);
    expect(test.length).toBe(2_000);
    sizes.forEach((n, c) => {
      const inTrain = [...train].filter((i) => labels[i] === c).length;
      expect(Math.abs(inTrain - n * 0.8)).toBeLessThan(1);
    });
    const all = [...train, ...test].sort((a, b) => a - b);
    expect(all).toEqual(labels.map((_, i) => i));
  });

  it('mixes the classes within each part and follows the seed', () => {
    const { train } = stratifiedSplit(labels, 10, 0.8, createRandom(42));
    const firstHundred = new Set([...train.subarray(0, 100)].map((i) => labels[i]));
    expect(firstHundred.size).toBe(10);
    expect(stratifiedSplit(labels, 10, 0.8, createRandom(42)).train).toEqual(train);
    expect(stratifiedSplit(labels, 10, 0.8, createRandom(43)).train).not.toEqual(train);
  });
});
