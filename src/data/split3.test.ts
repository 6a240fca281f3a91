import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { threeWaySplit } from './split';

const sorted = (a: Uint32Array) => [...a].sort((p, q) => p - q);

describe('threeWaySplit', () => {
  it('cuts every example into exactly one part, in the shares asked', () => {
    const parts = threeWaySplit(1_000, { trainRatio: 0.7, validationRatio: 0.15 }, createRandom(3));
    expect([parts.train.length, parts.validation.length, parts.test.length]).toEqual([
      700, 150, 150,
    ]);
    const all = sorted(Uint32Array.from([...parts.train, ...parts.validation, ...parts.test]));
    expect(all).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
  });

  it('keeps each class in the same proportion in all three parts', () => {
    // 600 of class 0, 300 of class 1, 100 of class 2.
    const labels = Array.from({ length: 1_000 }, (_, i) => (i < 600 ? 0 : i < 900 ? 1 : 2));
    const parts = threeWaySplit(1_000, { trainRatio: 0.6, validationRatio: 0.2 }, createRandom(9), {
      values: labels,
      numClasses: 3,
    });
    const counts = (indices: Uint32Array) =>
      [0, 1, 2].map((c) => [...indices].filter((i) => labels[i] === c).length);
    expect(counts(parts.train)).toEqual([360, 180, 60]);
    expect(counts(parts.validation)).toEqual([120, 60, 20]);
    expect(counts(parts.test)).toEqual([120, 60, 20]);
  });

  it('repeats with the same seed and differs with another', () => {
    const ratios = { trainRatio: 0.8, validationRatio: 0.1 };
    const a = threeWaySplit(200, ratios, createRandom(1));
    expect(threeWaySplit(200, ratios, createRandom(1))).toEqual(a);
    expect(threeWaySplit(200, ratios, createRandom(2)).test).not.toEqual(a.test);
  });

  it('refuses shares that leave nothing to test', () => {
    expect(() =>
      threeWaySplit(10, { trainRatio: 0.9, validationRatio: 0.1 }, createRandom(1)),
    ).toThrow(/leave some examples for testing/);
  });
});
