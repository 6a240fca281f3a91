import { describe, expect, it } from 'vitest';
import { ARRAY_OPTIONS, readOptions } from './options';
import { encodeArrays, type NumericArray } from './arrays';
import { ImportError } from './errors';

const options = (given: Record<string, string | number> = {}) =>
  readOptions(ARRAY_OPTIONS, given, 'An IDX or NumPy import');

/** `count` 2×3 "images" of bytes whose every pixel is the example's index, and labels i mod 3. */
function byteImages(count: number): { inputs: NumericArray; labels: NumericArray } {
  const data = new Uint8Array(count * 6);
  for (let i = 0; i < count; i++) data.fill(i, i * 6, i * 6 + 6);
  return {
    inputs: { shape: [count, 2, 3], data, bytes: true },
    labels: {
      shape: [count],
      data: Uint8Array.from({ length: count }, (_, i) => i % 3),
      bytes: true,
    },
  };
}

describe('encodeArrays', () => {
  it('reads byte images with class labels as a stratified classification, scaled to 0–1', () => {
    const { inputs, labels } = byteImages(30);
    const { dataset, report } = encodeArrays(inputs, labels, options(), 'digits.npz');
    expect(dataset.task).toBe('classification');
    expect(dataset.inputShape).toEqual([2, 3, 1]);
    expect(dataset.targetShape).toEqual([3]);
    expect(dataset.classNames).toEqual(['0', '1', '2']);
    expect(dataset.train.count + dataset.test.count).toBe(30);
    expect(report.balance!.train).toEqual([8, 8, 8]);
    expect(report.balance!.test).toEqual([2, 2, 2]);
    expect(report.notes.join(' ')).toMatch(/without a channel dimension.*divided by 255/);
    // Every example keeps its own label: pixel value i/255 goes with class i mod 3.
    for (const part of [dataset.train, dataset.test])
      for (let e = 0; e < part.count; e++) {
        const index = Math.round(part.x[e * 6]! * 255);
        expect(part.x[e * 6 + 5]).toBeCloseTo(index / 255, 6);
        expect(part.y.subarray(e * 3, e * 3 + 3).indexOf(1)).toBe(index % 3);
      }
  });

  it('keeps the same split for the same seed and changes it for another', () => {
    const { inputs, labels } = byteImages(30);
    const first = (seed: number) =>
      Array.from(encodeArrays(inputs, labels, options({ seed }), 'a').dataset.test.x);
    expect(first(1)).toEqual(first(1));
    expect(first(1)).not.toEqual(first(2));
  });

  it.each([
    {
      what: 'fractional targets regress',
      targets: { shape: [4], data: Float64Array.of(0.5, 1.5, 2, 3), bytes: false },
      task: 'regression',
      targetShape: [1],
    },
    {
      what: 'negative whole targets regress',
      targets: { shape: [4], data: Int32Array.of(-1, 0, 1, 2), bytes: false },
      task: 'regression',
      targetShape: [1],
    },
    {
      what: 'targets of shape [n, 2] regress two numbers',
      targets: { shape: [4, 2], data: new Float32Array(8).fill(1), bytes: false },
      task: 'regression',
      targetShape: [2],
    },
    {
      what: 'int64 (bigint) classes classify',
      targets: { shape: [4], data: BigInt64Array.of(0n, 1n, 0n, 1n), bytes: false },
      task: 'classification',
      targetShape: [2],
    },
  ])('$what', ({ targets, task, targetShape }) => {
    const inputs = { shape: [4, 2], data: new Float32Array(8).fill(0.5), bytes: false };
    const { dataset } = encodeArrays(inputs, targets, options(), 'table.npy');
    expect(dataset.task).toBe(task);
    expect(dataset.targetShape).toEqual(targetShape);
    expect(dataset.inputShape).toEqual([2]);
  });

  it.each([
    { scale: 'auto', bytes: true, expected: 1 },
    { scale: 'auto', bytes: false, expected: 255 },
    { scale: 'none', bytes: true, expected: 255 },
    { scale: '255', bytes: false, expected: 1 },
  ])('scale $scale on bytes=$bytes reads 255 as $expected', ({ scale, bytes, expected }) => {
    const inputs = { shape: [2, 1], data: Float32Array.of(255, 255), bytes };
    const targets = { shape: [2], data: Float32Array.of(0, 1), bytes: false };
    const { dataset } = encodeArrays(inputs, targets, options({ scale }), 'x');
    expect(dataset.train.x[0]).toBe(expected);
  });

  const f32 = (shape: number[], values: number[]) => ({
    shape,
    data: Float32Array.from(values),
    bytes: false,
  });
  it.each([
    {
      what: 'inputs without an example dimension',
      inputs: f32([4], [1, 2, 3, 4]),
      targets: f32([4], [0, 1, 0, 1]),
      error: /shape \[4\]; they need a first dimension that counts examples/,
    },
    {
      what: 'more inputs than targets',
      inputs: f32([4, 1], [1, 2, 3, 4]),
      targets: f32([3], [0, 1, 0]),
      error: /There are 4 inputs but 3 targets/,
    },
    {
      what: 'a single example',
      inputs: f32([1, 2], [1, 2]),
      targets: f32([1], [0]),
      error: /At least 2 examples/,
    },
    {
      what: 'a NaN input',
      inputs: f32([2, 2], [1, 2, NaN, 4]),
      targets: f32([2], [0, 1]),
      error: /Input value 2 \(example 1\) is not a finite number/,
    },
    {
      what: 'an infinite target',
      inputs: f32([2, 1], [1, 2]),
      targets: f32([2], [0, Infinity]),
      error: /targets hold a value that is not a finite number/,
    },
    {
      what: 'classification asked of fractional targets',
      inputs: f32([2, 1], [1, 2]),
      targets: f32([2], [0.5, 1]),
      task: 'classification',
      error: /values that are not such classes/,
    },
    {
      what: 'classification asked of too many classes',
      inputs: f32([2, 1], [1, 2]),
      targets: f32([2], [0, 5000]),
      task: 'classification',
      error: /classes up to 5,000/,
    },
  ])('refuses $what', ({ inputs, targets, task, error }) => {
    const run = () => encodeArrays(inputs, targets, options(task ? { task } : {}), 'bad.npz');
    expect(run).toThrow(ImportError);
    expect(run).toThrow(error);
  });

  it('regresses whole-number targets with more than 1,000 values when the task is left to it', () => {
    const inputs = f32([2, 1], [1, 2]);
    const { dataset } = encodeArrays(inputs, f32([2], [0, 5000]), options(), 'x');
    expect(dataset.task).toBe('regression');
  });
});
