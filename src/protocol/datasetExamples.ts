/**
 * Examples of a dataset as the page shows them (the dataset preview, the prediction gallery): the
 * page names a dataset, a split and which examples; the host, which can read datasets on disk,
 * answers with those examples. Images travel as bytes, one per pixel and channel, scaled from the
 * page's own range (value ≈ min + byte / 255 · (max − min)); other inputs as float32 features.
 * Labels are class indices; a regression's targets are float32 values.
 */
import * as z from 'zod';
import { requestMessage } from './envelope';
import {
  finiteNumber,
  float32Array,
  int32Array,
  lengthProblem,
  name,
  oneOf,
  shape,
  sizeOf,
  text,
  uint8Array,
  wholeNumber,
} from './fields';
import { MAX_CLASSES, MAX_PREVIEW_EXAMPLES, MAX_PREVIEW_VALUES, MAX_WEIGHT_RANK } from './limits';
import { codedText } from './messageCode';
import { datasetRef } from './runInputs';

export const DATASET_SPLITS = ['train', 'test'] as const;
export type DatasetSplitName = (typeof DATASET_SPLITS)[number];

/** Examples `indices` of the dataset's `split`, in that order. */
export const datasetExamplesRequest = requestMessage('datasetExamples', {
  dataset: datasetRef,
  split: oneOf(DATASET_SPLITS),
  indices: z.array(wholeNumber(0)).min(1).max(MAX_PREVIEW_EXAMPLES),
});

/** Pixels of `count` images of `height × width × channels`, row-major, scaled to bytes. */
const images = z.strictObject({
  height: wholeNumber(1),
  width: wholeNumber(1),
  channels: wholeNumber(1, 4),
  pixels: uint8Array,
  min: finiteNumber,
  max: finiteNumber,
});

/**
 * The examples asked for that exist, in the order asked (`indices` says which): an index past the
 * end of the split is left out, so a page can ask for a range before it knows the split's size.
 * `total` is that size. Exactly one of `images` (inputs of shape [height, width, channels]) and
 * `features` (any other input, `inputSize` values per example) is present.
 */
export const datasetExamplesReply = requestMessage('datasetExamplesPage', {
  datasetId: name,
  split: oneOf(DATASET_SPLITS),
  total: wholeNumber(0),
  inputShape: shape(MAX_WEIGHT_RANK, 1),
  indices: int32Array,
  classNames: z.array(name).max(MAX_CLASSES).optional(),
  labels: int32Array.optional(),
  targets: float32Array.optional(),
  images: images.optional(),
  features: float32Array.optional(),
  /** What was done to the data on the way (rows dropped or filled in), for people. */
  notes: z.array(text(1, 4_000)).max(50).optional(),
  /** The notes by code (`data.note.<code>`), in the same order, for the user's language. */
  noteCodes: z.array(codedText).max(50).optional(),
}).superRefine((page, ctx) => {
  const n = page.indices.length;
  const problem = (path: string[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (n > MAX_PREVIEW_EXAMPLES)
    return problem(
      ['indices'],
      `holds ${n} examples; a page may hold at most ${MAX_PREVIEW_EXAMPLES}`,
    );
  if (page.indices.some((i) => i < 0 || i >= page.total))
    problem(['indices'], `holds an index outside 0 … ${page.total - 1}`);
  if ((page.labels === undefined) === (page.targets === undefined))
    problem(['labels'], 'expected either labels (classification) or targets (regression)');
  if (page.labels && page.labels.length !== n)
    problem(['labels'], `holds ${page.labels.length} values, but indices holds ${n}`);
  if (page.labels?.some((c) => c < 0 || c >= MAX_CLASSES))
    problem(['labels'], `holds a class outside 0 … ${MAX_CLASSES - 1}`);
  if (page.targets && page.targets.length !== n)
    problem(['targets'], `holds ${page.targets.length} values, but indices holds ${n}`);
  if ((page.images === undefined) === (page.features === undefined)) {
    problem(['images'], 'expected either images or features');
    return;
  }
  const inputSize = sizeOf(page.inputShape);
  const values = page.images ? page.images.pixels : page.features!;
  if (n * inputSize > MAX_PREVIEW_VALUES)
    return problem(
      [page.images ? 'images' : 'features'],
      `holds ${n * inputSize} values; a page may hold at most ${MAX_PREVIEW_VALUES}`,
    );
  const mismatch = lengthProblem(values.length, [n, ...page.inputShape]);
  if (mismatch) problem(page.images ? ['images', 'pixels'] : ['features'], mismatch);
  if (page.images) {
    const { height, width, channels, min, max } = page.images;
    if (sizeOf([height, width, channels]) !== inputSize)
      problem(
        ['images'],
        `is ${height} × ${width} × ${channels}, but inputShape holds ${inputSize}`,
      );
    if (min > max) problem(['images', 'max'], `is below min (${min})`);
  }
});
