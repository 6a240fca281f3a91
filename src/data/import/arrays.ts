/**
 * Inputs and targets given as arrays (from IDX or NumPy files) turned into a dataset: the first
 * dimension counts examples; whole-number 1-D targets are classes, anything else is regressed.
 * Images stored as bytes are scaled to 0–1, and [count, height, width] images get a channel
 * dimension, as convolutions expect.
 */
import { formatNumber } from '../../layers/paramCheck';
import { oneHot } from '../labels';
import { createRandom, permutation } from '../random';
import { selectExamples, stratifiedSplit, trainCount, type Examples } from '../split';
import type { Dataset } from '../types';
import { dataNote, withNotes, type DataNote } from '../notes';
import { importError } from './errors';
import type { ArrayOptions } from './options';
import type { ImportReport } from './report';

export interface NumericArray {
  shape: readonly number[];
  data: ArrayLike<number | bigint>;
  /** Values stored as bytes (0–255), which `scale: auto` divides by 255. */
  bytes: boolean;
}

const MAX_CLASSES = 1_000;

export function encodeArrays(
  inputs: NumericArray,
  targets: NumericArray,
  options: ArrayOptions,
  name: string,
): { dataset: Dataset; report: ImportReport } {
  const notes: DataNote[] = [];
  const count = inputs.shape[0];
  if (inputs.shape.length < 2 || count === undefined)
    throw importError(
      `The inputs have shape [${inputs.shape.join(', ')}]; they need a first dimension that counts examples and at least one more.`,
      'arrays.badShape',
      { shape: `[${inputs.shape.join(', ')}]` },
    );
  if (targets.shape[0] !== count)
    throw importError(
      `There are ${formatNumber(count)} inputs but ${formatNumber(targets.shape[0] ?? 0)} targets; both files must hold the same number of examples.`,
      'arrays.countMismatch',
      { inputs: count, targets: targets.shape[0] ?? 0 },
    );
  if (count < 2) throw importError('At least 2 examples are needed.', 'arrays.tooFew');
  let inputShape = inputs.shape.slice(1);
  if (inputShape.length === 2) {
    inputShape = [...inputShape, 1];
    notes.push(
      dataNote('arrays-channel', {
        height: inputShape[0]!,
        width: inputShape[1]!,
        shape: `[${inputShape.join(', ')}]`,
      }),
    );
  }
  const inputSize = inputShape.reduce((p, d) => p * d, 1);
  const scale = options.scale === '255' || (options.scale === 'auto' && inputs.bytes) ? 255 : 1;
  if (scale === 255) notes.push(dataNote('arrays-bytes'));
  const x = new Float32Array(count * inputSize);
  for (let i = 0; i < x.length; i++) {
    const v = Number(inputs.data[i]!) / scale;
    if (!Number.isFinite(v))
      throw importError(
        `Input value ${formatNumber(i)} (example ${formatNumber(Math.floor(i / inputSize))}) is not a finite number.`,
        'arrays.inputNotFinite',
        { index: i, example: Math.floor(i / inputSize) },
      );
    x[i] = v;
  }

  const targetValues = Float64Array.from({ length: targets.data.length }, (_, i) =>
    Number(targets.data[i]!),
  );
  if (!targetValues.every(Number.isFinite))
    throw importError(
      'The targets hold a value that is not a finite number.',
      'arrays.targetNotFinite',
    );
  const wholeClasses =
    targets.shape.length === 1 && targetValues.every((v) => Number.isInteger(v) && v >= 0);
  const classes = wholeClasses ? Math.max(...targetValues) + 1 : 0;
  const task =
    options.task === 'auto'
      ? wholeClasses && classes <= MAX_CLASSES
        ? 'classification'
        : 'regression'
      : options.task;
  if (task === 'classification' && (!wholeClasses || classes > MAX_CLASSES))
    throw importError(
      `Classification needs one whole-number class from 0 to ${formatNumber(MAX_CLASSES - 1)} per example; these targets have shape [${targets.shape.join(', ')}]${wholeClasses ? ` and classes up to ${formatNumber(classes - 1)}` : ' and values that are not such classes'}.`,
      wholeClasses ? 'arrays.classTooHigh' : 'arrays.notClasses',
      {
        max: MAX_CLASSES - 1,
        shape: `[${targets.shape.join(', ')}]`,
        ...(wholeClasses ? { highest: classes - 1 } : {}),
      },
    );
  const targetShape =
    task === 'classification'
      ? [classes]
      : targets.shape.length === 1
        ? [1]
        : targets.shape.slice(1);
  const targetSize = targetShape.reduce((p, d) => p * d, 1);
  const examples: Examples = {
    x,
    y: task === 'classification' ? oneHot(targetValues, classes) : Float32Array.from(targetValues),
    count,
    inputSize,
    targetSize,
  };
  const random = createRandom(options.seed);
  let parts: { train: Uint32Array; test: Uint32Array };
  if (task === 'classification') {
    parts = stratifiedSplit(targetValues, classes, options.trainRatio, random);
  } else {
    const order = permutation(count, random);
    const cut = trainCount(count, options.trainRatio);
    parts = { train: order.subarray(0, cut), test: order.subarray(cut) };
  }
  const classNames =
    task === 'classification' ? Array.from({ length: classes }, (_, i) => String(i)) : undefined;
  const dataset: Dataset = {
    id: 'import-arrays',
    name,
    task,
    inputShape,
    targetShape,
    ...(classNames ? { classNames } : {}),
    train: selectExamples(examples, parts.train),
    test: selectExamples(examples, parts.test),
    options: { seed: options.seed, trainRatio: options.trainRatio },
  };
  const countClasses = (indices: Uint32Array) => {
    const c = new Array<number>(classes).fill(0);
    for (const i of indices) c[targetValues[i]!]!++;
    return c;
  };
  return {
    dataset,
    report: {
      kind: 'arrays',
      name,
      task,
      inputShape,
      targetShape,
      train: dataset.train.count,
      test: dataset.test.count,
      ...withNotes(notes),
      ...(classNames
        ? {
            balance: {
              classNames,
              train: countClasses(parts.train),
              test: countClasses(parts.test),
            },
          }
        : {}),
    },
  };
}
