import { describe, expect, it } from 'vitest';
import { classCounts, integerLabels, oneHot } from './labels';

describe('one-hot targets and integer labels', () => {
  it('turn into each other', () => {
    const labels = [2, 0, 1, 2];
    const y = oneHot(labels, 3);
    expect([...y]).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect([...integerLabels({ x: new Float32Array(0), y, count: 4 }, 3)]).toEqual(labels);
    expect(classCounts({ x: new Float32Array(0), y, count: 4 }, 3)).toEqual([1, 1, 2]);
  });

  it('reads soft rows by their largest value', () => {
    const y = Float32Array.from([0.1, 0.7, 0.2, 0.5, 0.2, 0.3]);
    expect([...integerLabels({ x: new Float32Array(0), y, count: 2 }, 3)]).toEqual([1, 0]);
  });

  it.each([[-1], [3], [1.5]])('refuses the label %f for 3 classes', (label) => {
    expect(() => oneHot([0, label], 3)).toThrow(/example 1/);
  });

  it('refuses targets whose length does not fit the class count', () => {
    const split = { x: new Float32Array(0), y: new Float32Array(5), count: 2 };
    expect(() => integerLabels(split, 3)).toThrow(/5 values/);
  });
});
