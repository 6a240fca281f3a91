/** Splitting examples into train and test parts, by row indices into flat typed arrays. */
import type { DatasetSplit } from './types';
import { permutation, shuffleInPlace, type Random } from './random';

/** All examples of a dataset before splitting, in the layout of `DatasetSplit`. */
export interface Examples {
  x: Float32Array;
  y: Float32Array;
  count: number;
  /** Values per input row: the product of the input shape. */
  inputSize: number;
  /** Values per target row: the class count (one-hot) or the product of the target shape. */
  targetSize: number;
}

/**
 * How many of `count` examples go to training: round(count · ratio), kept within [1, count − 1]
 * so neither part is empty. Rounding (not flooring) keeps 0.29 · 100 at 29, not 28.999… → 28.
 */
export function trainCount(count: number, trainRatio: number): number {
  if (count < 2) return count;
  return Math.min(count - 1, Math.max(1, Math.round(count * trainRatio)));
}

/** The rows `indices` of a row-major array, in that order, as a new array. */
export function gatherRows(
  source: Float32Array,
  rowSize: number,
  indices: ArrayLike<number>,
): Float32Array {
  const out = new Float32Array(indices.length * rowSize);
  for (let i = 0; i < indices.length; i++) {
    const from = (indices[i] as number) * rowSize;
    out.set(source.subarray(from, from + rowSize), i * rowSize);
  }
  return out;
}

export function selectExamples(examples: Examples, indices: ArrayLike<number>): DatasetSplit {
  return {
    x: gatherRows(examples.x, examples.inputSize, indices),
    y: gatherRows(examples.y, examples.targetSize, indices),
    count: indices.length,
  };
}

/**
 * Shuffles the examples and cuts them into train and test, the way TensorFlow Playground does:
 * one random order, the first `trainCount` examples train, the rest test.
 */
export function shuffledSplit(
  examples: Examples,
  trainRatio: number,
  random: Random,
): { train: DatasetSplit; test: DatasetSplit } {
  const order = permutation(examples.count, random);
  const cut = trainCount(examples.count, trainRatio);
  return {
    train: selectExamples(examples, order.subarray(0, cut)),
    test: selectExamples(examples, order.subarray(cut)),
  };
}

/**
 * Train and test indices with every class in the same proportion in both parts (stratified).
 * Each class c of size n_c gives ⌊n_c · ratio⌋ examples to training; the examples still missing
 * from round(N · ratio) go one each to the classes with the largest remainders (Hamilton's
 * method), so the total is exact. Which examples go where, and the order of each part, is random.
 */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  numClasses: number,
  trainRatio: number,
  random: Random,
): { train: Uint32Array; test: Uint32Array } {
  const members: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < labels.length; i++) members[labels[i] as number]?.push(i);

  const exact = members.map((m) => m.length * trainRatio);
  const quota = exact.map(Math.floor);
  let missing = trainCount(labels.length, trainRatio) - quota.reduce((s, q) => s + q, 0);
  const byRemainder = exact
    .map((e, c) => ({ c, remainder: e - Math.floor(e) }))
    .sort((p, q) => q.remainder - p.remainder || p.c - q.c);
  for (const { c } of byRemainder) {
    if (missing <= 0) break;
    if ((quota[c] as number) < (members[c] as number[]).length) {
      quota[c] = (quota[c] as number) + 1;
      missing--;
    }
  }

  const train: number[] = [];
  const test: number[] = [];
  members.forEach((m, c) => {
    const picked = Uint32Array.from(m);
    shuffleInPlace(picked, random);
    const q = quota[c] as number;
    for (let k = 0; k < picked.length; k++) (k < q ? train : test).push(picked[k] as number);
  });
  // Interleave the classes, so any slice of either part (a batch, a validation tail) is mixed.
  const trainOrder = Uint32Array.from(train);
  const testOrder = Uint32Array.from(test);
  shuffleInPlace(trainOrder, random);
  shuffleInPlace(testOrder, random);
  return { train: trainOrder, test: testOrder };
}

/** Indices of the three parts of a dataset, each in random order. */
export interface ThreeWaySplit {
  train: Uint32Array;
  validation: Uint32Array;
  test: Uint32Array;
}

/**
 * Seeded train, validation and test parts of `count` examples: `trainRatio` and
 * `validationRatio` of them for the first two, the rest for testing. Given class labels, every
 * class keeps its proportion in all three parts (stratified, by `stratifiedSplit` twice: first
 * test apart from the rest, then validation apart from training).
 */
export function threeWaySplit(
  count: number,
  ratios: { trainRatio: number; validationRatio: number },
  random: Random,
  labels?: { values: ArrayLike<number>; numClasses: number },
): ThreeWaySplit {
  const { trainRatio, validationRatio } = ratios;
  if (!(trainRatio > 0 && validationRatio >= 0 && trainRatio + validationRatio < 1)) {
    throw new RangeError(
      `The training share (${trainRatio}) and validation share (${validationRatio}) must be positive and leave some examples for testing.`,
    );
  }
  const keptShare = trainRatio + validationRatio;
  const validationShareOfKept = validationRatio / keptShare;
  if (!labels) {
    const order = permutation(count, random);
    const kept = trainCount(count, keptShare);
    const validation = Math.round(kept * validationShareOfKept);
    return {
      train: order.slice(0, kept - validation),
      validation: order.slice(kept - validation, kept),
      test: order.slice(kept),
    };
  }
  if (labels.values.length !== count) {
    throw new RangeError(`${labels.values.length} labels for ${count} examples.`);
  }
  const first = stratifiedSplit(labels.values, labels.numClasses, keptShare, random);
  const keptLabels = Array.from(first.train, (i) => labels.values[i] as number);
  const second = stratifiedSplit(keptLabels, labels.numClasses, 1 - validationShareOfKept, random);
  // `second` indexes into the kept examples; map back to the dataset's own indices.
  const back = (local: Uint32Array) => local.map((k) => first.train[k] as number);
  return { train: back(second.train), validation: back(second.test), test: first.test };
}
