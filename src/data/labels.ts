/** Conversions between one-hot target rows and integer class labels. */
import type { DatasetSplit } from './types';

/**
 * The class index of each example of a classification split: the position of the largest value
 * in each one-hot row (the first one on a tie, so a malformed all-zero row reads as class 0).
 */
export function integerLabels(split: DatasetSplit, numClasses: number): Int32Array {
  if (split.y.length !== split.count * numClasses) {
    throw new Error(
      `Targets hold ${split.y.length} values, but ${split.count} examples of ${numClasses} classes need ${split.count * numClasses}.`,
    );
  }
  const labels = new Int32Array(split.count);
  for (let i = 0; i < split.count; i++) {
    const row = i * numClasses;
    let best = 0;
    for (let c = 1; c < numClasses; c++) {
      if ((split.y[row + c] as number) > (split.y[row + best] as number)) best = c;
    }
    labels[i] = best;
  }
  return labels;
}

/** One-hot rows `[labels.length, numClasses]` for integer labels in [0, numClasses). */
export function oneHot(labels: ArrayLike<number>, numClasses: number): Float32Array {
  const y = new Float32Array(labels.length * numClasses);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (!Number.isInteger(label) || label < 0 || label >= numClasses) {
      throw new Error(`Label ${label} of example ${i} is not a class from 0 to ${numClasses - 1}.`);
    }
    y[i * numClasses + label] = 1;
  }
  return y;
}

/** How many examples of each class a split holds. */
export function classCounts(split: DatasetSplit, numClasses: number): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  for (const label of integerLabels(split, numClasses)) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}
