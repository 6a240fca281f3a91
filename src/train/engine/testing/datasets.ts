/** Test support: datasets loaded once per test file, and smaller cuts of them for quick runs. */
import type { Dataset, DatasetSplit } from '../../../data';
import { loadDataset } from '../../../data/node/loadDataset';

const cache = new Map<string, Promise<Dataset>>();

export function dataset(id: string, options: Record<string, number> = {}): Promise<Dataset> {
  const key = `${id} ${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, loadDataset(id, options));
  return cache.get(key)!;
}

function firstRows(split: DatasetSplit, count: number, inputSize: number, targetSize: number) {
  const n = Math.min(count, split.count);
  return {
    x: split.x.subarray(0, n * inputSize),
    y: split.y.subarray(0, n * targetSize),
    count: n,
  };
}

/** The first `train` and `test` examples of a dataset, for runs that must be quick. */
export function cut(data: Dataset, train: number, test: number): Dataset {
  const inputSize = data.inputShape.reduce((p, d) => p * d, 1);
  const targetSize = data.targetShape.reduce((p, d) => p * d, 1);
  return {
    ...data,
    train: firstRows(data.train, train, inputSize, targetSize),
    test: firstRows(data.test, test, inputSize, targetSize),
  };
}
