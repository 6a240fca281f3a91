/**
 * The examples a run trains and validates on, kept as the dataset's own flat typed arrays plus
 * index lists: a batch is gathered row by row into one fresh array and becomes one tensor, with no
 * JavaScript object per example.
 */
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import type { Dataset, DatasetSplit } from '../../data';
import { integerLabels } from '../../data/labels';
import { createRandom, shuffleInPlace, type Random } from '../../data/random';
import { stratifiedSplit } from '../../data/split';
import { deriveSeed } from '../../compiler/toKeras';
import type { TrainingSettings } from '../../project/training';

/** Examples in the layout of `DatasetSplit`, with targets as the model's output wants them. */
export interface Rows {
  x: Float32Array;
  y: Float32Array;
  inputSize: number;
  targetSize: number;
}

/** Some rows of a `Rows`, in the order they are used. */
export interface Part {
  rows: Rows;
  indices: Uint32Array;
}

export interface RunData {
  inputShape: number[];
  targetShape: number[];
  train: Part;
  validation: Part | null;
  test: Part | null;
  /** The training rows as the dataset holds them (the probe example is an index into these). */
  trainRows: Rows;
}

const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

/**
 * Targets as the model's output wants them: the one-hot rows as they are, or for a single sigmoid
 * unit on two classes, the second column (1 for the second class, 0 for the first).
 */
export function modelTargets(split: DatasetSplit, datasetWidth: number, modelWidth: number) {
  if (modelWidth === datasetWidth) return split.y;
  const y = new Float32Array(split.count);
  for (let i = 0; i < split.count; i++) y[i] = split.y[i * datasetWidth + 1]!;
  return y;
}

function rowsOf(split: DatasetSplit, dataset: Dataset, targetShape: number[]): Rows {
  const datasetWidth = product(dataset.targetShape);
  const targetSize = product(targetShape);
  return {
    x: split.x,
    y: modelTargets(split, datasetWidth, targetSize),
    inputSize: product(dataset.inputShape),
    targetSize,
  };
}

const range = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

/**
 * How many of n training examples are held back for validation: round(n · split), at most n − 1
 * so that something is left to train on.
 */
export function validationCount(n: number, split: number): number {
  return Math.min(n - 1, Math.round(n * split));
}

export function prepareRunData(
  dataset: Dataset,
  settings: TrainingSettings,
  targetShape: number[],
): RunData {
  const trainRows = rowsOf(dataset.train, dataset, targetShape);
  const n = dataset.train.count;
  const base = { inputShape: [...dataset.inputShape], targetShape, trainRows };
  const test: Part | null =
    dataset.test.count > 0
      ? { rows: rowsOf(dataset.test, dataset, targetShape), indices: range(dataset.test.count) }
      : null;
  if (settings.validationSource === 'test')
    return { ...base, train: { rows: trainRows, indices: range(n) }, validation: test, test };

  const held = validationCount(n, settings.validationSplit);
  if (held <= 0)
    return { ...base, train: { rows: trainRows, indices: range(n) }, validation: null, test };
  // A seeded random choice of examples to hold back, in each class's own proportion for
  // classification; each part keeps the dataset's order.
  const random = createRandom(deriveSeed(settings.seed, 'validation split'));
  let kept: Uint32Array;
  let heldBack: Uint32Array;
  if (dataset.task === 'classification' && dataset.classNames) {
    const labels = integerLabels(dataset.train, dataset.classNames.length);
    const split = stratifiedSplit(labels, dataset.classNames.length, (n - held) / n, random);
    [kept, heldBack] = [split.train, split.test];
  } else {
    const order = range(n);
    shuffleInPlace(order, random);
    [kept, heldBack] = [order.slice(0, n - held), order.slice(n - held)];
  }
  const trainIndices = kept.sort();
  const validationIndices = heldBack.sort();
  return {
    ...base,
    train: { rows: trainRows, indices: trainIndices },
    validation: { rows: trainRows, indices: validationIndices },
    test,
  };
}

/** The order of the training examples in one epoch: shuffled with the run's own random stream. */
export class EpochOrder {
  private readonly random: Random | null;

  constructor(
    private readonly indices: Uint32Array,
    shuffle: boolean,
    seed: number,
  ) {
    this.random = shuffle ? createRandom(deriveSeed(seed, 'shuffle')) : null;
  }

  next(): Uint32Array {
    if (!this.random) return this.indices;
    const order = this.indices.slice();
    shuffleInPlace(order, this.random);
    return order;
  }
}

/**
 * Rows `order[start … end)` of `rows` as a batch of tensors [end − start, …shape]. `transform`,
 * given for training batches only, turns the gathered inputs into new ones (augmentation).
 */
export function batchTensors(
  tf: Tf,
  rows: Rows,
  order: Uint32Array,
  start: number,
  end: number,
  inputShape: readonly number[],
  targetShape: readonly number[],
  transform?: (inputs: Float32Array, count: number) => Float32Array,
): { x: Tensor; y: Tensor } {
  const size = end - start;
  const inputs = gather(rows.x, rows.inputSize, order, start, end);
  return {
    x: tf.tensor(transform ? transform(inputs, size) : inputs, [size, ...inputShape]),
    y: tf.tensor(gather(rows.y, rows.targetSize, order, start, end), [size, ...targetShape]),
  };
}

function gather(
  source: Float32Array,
  rowSize: number,
  order: Uint32Array,
  start: number,
  end: number,
): Float32Array {
  // Consecutive rows (no shuffle, no hold-out) are one view, not a copy.
  const first = order[start]!;
  if (order[end - 1]! - first === end - 1 - start && isRun(order, start, end))
    return source.subarray(first * rowSize, (first + end - start) * rowSize);
  const out = new Float32Array((end - start) * rowSize);
  for (let i = start; i < end; i++) {
    const from = order[i]! * rowSize;
    out.set(source.subarray(from, from + rowSize), (i - start) * rowSize);
  }
  return out;
}

function isRun(order: Uint32Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (order[i] !== order[i - 1]! + 1) return false;
  return true;
}
