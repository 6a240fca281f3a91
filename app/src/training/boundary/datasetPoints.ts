/**
 * The training points drawn over the decision boundary, generated here from the same formula and
 * options as in the trainer (the synthetic 2-D sets load anywhere). A class for classification,
 * the target value for regression.
 */
import { datasetInfo } from '../../../../src/data/catalog';
import { integerLabels } from '../../../../src/data/labels';
import { loadDataset } from '../../../../src/data/registry';
import type { DatasetTask } from '../../../../src/data/types';
import type { DatasetRef } from '../../../../src/project';

/** Enough points to see the shape of the data without hiding the boundary under them. */
export const MAX_POINTS = 600;

export interface DatasetPoints {
  task: DatasetTask;
  /** x₁, x₂ of each point, one after the other. */
  xy: Float32Array;
  /** The class (classification) or target value (regression) of each point. */
  values: Float32Array;
  count: number;
  /** The range every feature was drawn from, if the dataset says. */
  domain: { x: [number, number]; y: [number, number] } | null;
}

/** The points of a 2-D dataset; null for any other, or one that cannot load here. */
export async function datasetPoints(ref: DatasetRef): Promise<DatasetPoints | null> {
  let dataset;
  try {
    dataset = await loadDataset(ref.id, ref.options ?? {});
  } catch {
    return null;
  }
  if (dataset.inputShape.length !== 1 || dataset.inputShape[0] !== 2) return null;
  const { train } = dataset;
  const count = Math.min(train.count, MAX_POINTS);
  const classification = dataset.task === 'classification';
  const classes = classification ? integerLabels(train, dataset.targetShape[0]!) : null;
  const width = dataset.targetShape.reduce((p, d) => p * d, 1);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = classes ? classes[i]! : train.y[i * width]!;
  const domain = datasetInfo(ref.id)?.inputDomain;
  return {
    task: dataset.task,
    xy: train.x.slice(0, count * 2),
    values,
    count,
    domain:
      domain && domain.length === 2
        ? { x: [domain[0]!.min, domain[0]!.max], y: [domain[1]!.min, domain[1]!.max] }
        : null,
  };
}
