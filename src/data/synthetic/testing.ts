/** Helpers for the synthetic dataset tests: every example of both parts, as plain rows. */
import { integerLabels } from '../labels';
import type { Dataset } from '../types';

export interface Row {
  x: number[];
  y: number[];
  /** The class index (classification) or −1. */
  label: number;
}

export function allRows(dataset: Dataset): Row[] {
  const inputSize = dataset.inputShape.reduce((p, d) => p * d, 1);
  const targetSize = dataset.targetShape.reduce((p, d) => p * d, 1);
  return [dataset.train, dataset.test].flatMap((split) => {
    const labels = dataset.task === 'classification' ? integerLabels(split, targetSize) : null;
    return Array.from({ length: split.count }, (_, i) => ({
      x: [...split.x.subarray(i * inputSize, (i + 1) * inputSize)],
      y: [...split.y.subarray(i * targetSize, (i + 1) * targetSize)],
      label: labels ? (labels[i] as number) : -1,
    }));
  });
}
