/**
 * Consistency checks of a dataset against its own description: lengths that match the shapes,
 * finite numbers, and one-hot rows for classification. Cheap (one pass), so worth running on any
 * dataset that did not come from this folder's generators.
 */
import type { Dataset, DatasetSplit } from './types';

const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

export function datasetProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const inputSize = product(dataset.inputShape);
  const targetSize = product(dataset.targetShape);
  if (dataset.task === 'classification') {
    if (dataset.targetShape.length !== 1) {
      problems.push(`A classification target is one-hot [classes], not [${dataset.targetShape}].`);
    }
    if (dataset.classNames && dataset.classNames.length !== targetSize) {
      problems.push(`${dataset.classNames.length} class names for ${targetSize} classes.`);
    }
  }
  for (const [part, split] of [
    ['train', dataset.train],
    ['test', dataset.test],
  ] as const) {
    problems.push(...splitProblems(part, split, inputSize, targetSize, dataset.task));
  }
  return problems;
}

function splitProblems(
  part: string,
  split: DatasetSplit,
  inputSize: number,
  targetSize: number,
  task: Dataset['task'],
): string[] {
  const problems: string[] = [];
  if (split.x.length !== split.count * inputSize) {
    problems.push(
      `${part}: x holds ${split.x.length} values, ${split.count} × ${inputSize} expected.`,
    );
  }
  if (split.y.length !== split.count * targetSize) {
    problems.push(
      `${part}: y holds ${split.y.length} values, ${split.count} × ${targetSize} expected.`,
    );
  }
  if (!split.x.every(Number.isFinite))
    problems.push(`${part}: x holds a value that is not finite.`);
  if (!split.y.every(Number.isFinite))
    problems.push(`${part}: y holds a value that is not finite.`);
  if (task === 'classification' && problems.length === 0) {
    for (let i = 0; i < split.count; i++) {
      const row = split.y.subarray(i * targetSize, (i + 1) * targetSize);
      const ones = row.filter((v) => v === 1).length;
      const zeros = row.filter((v) => v === 0).length;
      if (ones !== 1 || zeros !== targetSize - 1) {
        problems.push(`${part}: target row ${i} is not one-hot.`);
        break;
      }
    }
  }
  return problems;
}
