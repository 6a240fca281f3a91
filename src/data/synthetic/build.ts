/** What every synthetic dataset shares: its definition type and the last step, split and package. */
import { oneHot } from '../labels';
import type { Random } from '../random';
import { shuffledSplit, trainCount, type Examples } from '../split';
import type {
  Dataset,
  DatasetInfo,
  DatasetOptionSchema,
  DatasetOptionValues,
  DatasetSplit,
  DatasetTruth,
} from '../types';
import type { FloatSpec, IntSpec } from '../../layers/params';

/** Every synthetic dataset is drawn anew from a count, a seed and a train share. */
export type SyntheticOptionSchema = DatasetOptionSchema & {
  count: IntSpec;
  seed: IntSpec;
  trainRatio: FloatSpec;
};

export interface SyntheticDataset<S extends SyntheticOptionSchema = SyntheticOptionSchema> {
  info: DatasetInfo & { options: S };
  /** Draws the dataset. The options must be complete and valid: see `resolveOptions`. */
  generate(options: DatasetOptionValues<S>): Dataset;
}

/** A dataset's catalogue entry, with the sizes its default options give. */
export function syntheticInfo<S extends SyntheticOptionSchema>(
  info: Omit<DatasetInfo, 'sizes' | 'options'>,
  options: S,
): DatasetInfo & { options: S } {
  const count = options.count.default;
  const train = trainCount(count, options.trainRatio.default);
  return { ...info, options, sizes: { train, test: count - train } };
}

/** Examples of a two-feature classification set from points `[count, 2]` and class indices. */
export function pointExamples(points: Float32Array, labels: Uint8Array, classes: number): Examples {
  return {
    x: points,
    y: oneHot(labels, classes),
    count: labels.length,
    inputSize: 2,
    targetSize: classes,
  };
}

/** Examples of a regression set with one target value per example. */
export function valueExamples(
  inputs: Float32Array,
  values: Float32Array,
  inputSize: number,
): Examples {
  return { x: inputs, y: values, count: values.length, inputSize, targetSize: 1 };
}

/**
 * Shuffles, splits and packages drawn examples. `random` continues the stream that drew them, so
 * the split too follows from the seed alone.
 */
export function finishDataset(
  info: DatasetInfo,
  options: Readonly<Record<string, number | string>> & { trainRatio: number },
  examples: Examples,
  random: Random,
  truth?: DatasetTruth,
): Dataset {
  const { train, test } = shuffledSplit(examples, options.trainRatio, random);
  return packageDataset(info, options, train, test, truth);
}

/** A dataset from its catalogue entry, the options it was made with and its two parts. */
export function packageDataset(
  info: DatasetInfo,
  options: Readonly<Record<string, number | string>>,
  train: DatasetSplit,
  test: DatasetSplit,
  truth?: DatasetTruth,
): Dataset {
  return {
    id: info.id,
    name: info.name,
    task: info.task,
    inputShape: [...info.inputShape],
    targetShape: [...info.targetShape],
    ...(info.classNames ? { classNames: [...info.classNames] } : {}),
    train,
    test,
    options: { ...options },
    ...(truth ? { truth } : {}),
  };
}
