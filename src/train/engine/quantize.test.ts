import { describe, expect, it } from 'vitest';
import { downsample, quantise } from './quantize';

describe('quantise', () => {
  it.each([
    { values: [0, 0.5, 1], data: [0, 128, 255], min: 0, max: 1 },
    { values: [-2, 2], data: [0, 255], min: -2, max: 2 },
    { values: [3, 3, 3], data: [0, 0, 0], min: 3, max: 3 },
    { values: [NaN, -Infinity, 1, Infinity, 2], data: [0, 0, 0, 255, 255], min: 1, max: 2 },
    { values: [NaN, NaN], data: [0, 0], min: 0, max: 0 },
  ])('$values → $data in [$min, $max]', ({ values, data, min, max }) => {
    const q = quantise(Float32Array.from(values));
    expect([...q.data]).toEqual(data);
    expect([q.min, q.max]).toEqual([min, max]);
  });

  it('restores every value within half a step', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 7 + 1);
    const q = quantise(values);
    const step = (q.max - q.min) / 255;
    values.forEach((v, i) => {
      expect(Math.abs(q.min + (q.data[i]! / 255) * (q.max - q.min) - v)).toBeLessThanOrEqual(
        step / 2 + 1e-6,
      );
    });
  });
});

describe('downsample', () => {
  it('leaves a small map as it is', () => {
    const values = new Float32Array(12);
    expect(downsample([2, 3, 2], values, 12)).toEqual({ shape: [2, 3, 2], values });
  });

  it('averages an image over 2 × 2 windows, keeping the channels apart', () => {
    // 4 × 4 × 2: channel 0 holds the pixel index, channel 1 its negative.
    const values = new Float32Array(32);
    for (let p = 0; p < 16; p++) {
      values[2 * p] = p;
      values[2 * p + 1] = -p;
    }
    const out = downsample([4, 4, 2], values, 8);
    expect(out.shape).toEqual([2, 2, 2]);
    // The top-left window holds pixels 0, 1, 4, 5: mean 2.5.
    expect([...out.values]).toEqual([2.5, -2.5, 4.5, -4.5, 10.5, -10.5, 12.5, -12.5]);
  });

  it('uses narrower windows at the edge of an odd-sized image', () => {
    const out = downsample([3, 3, 1], Float32Array.from([1, 1, 4, 1, 1, 4, 7, 7, 9]), 4);
    expect(out.shape).toEqual([2, 2, 1]);
    expect([...out.values]).toEqual([1, 4, 7, 9]);
  });

  it.each([
    { shape: [10], max: 5, expected: [0.5, 2.5, 4.5, 6.5, 8.5] },
    { shape: [7], max: 3, expected: [1, 4, 6] },
  ])('averages runs of a vector $shape down to $max values', ({ shape, max, expected }) => {
    const values = Float32Array.from({ length: shape[0]! }, (_, i) => i);
    const out = downsample(shape, values, max);
    expect([...out.values]).toEqual(expected);
    expect(out.shape).toEqual([expected.length]);
  });
});
