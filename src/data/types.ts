/**
 * Datasets as the trainer consumes them: flat typed arrays, never one JS object per example, so a
 * batch is a `subarray` and 10,000 images cost one allocation instead of 10,000.
 */
import type { FloatSpec, IntSpec } from '../layers/params';
import type { CodedText } from './notes';

/**
 * What a dataset's targets are: one-hot classes, numbers, or a mask with one value per pixel
 * (segmentation, trained like regression with a per-pixel loss).
 */
export type DatasetTask = 'classification' | 'regression' | 'segmentation';

/** The examples of one part of a dataset (train or test). */
export interface DatasetSplit {
  /**
   * Inputs, row-major `[count, ...inputShape]`: example `i` is
   * `x.subarray(i * inputSize, (i + 1) * inputSize)` with `inputSize = product(inputShape)`.
   */
  x: Float32Array;
  /**
   * Targets, row-major. Classification: one-hot `[count, numClasses]` (exactly one 1 per row, the
   * rest 0; `integerLabels` turns them back into class indices). Regression: the values,
   * `[count, ...targetShape]`.
   */
  y: Float32Array;
  /** How many examples; `x.length === count * product(inputShape)`. */
  count: number;
}

/** The function that generated a synthetic dataset, so a lesson can show learned against true. */
export interface LineTruth {
  kind: 'line';
  /** Slope of y = a·x + b. */
  a: number;
  /** Intercept of y = a·x + b. */
  b: number;
}
export type DatasetTruth = LineTruth;

export interface Dataset {
  id: string;
  name: string;
  task: DatasetTask;
  /** The shape of one input example, without the batch dimension, e.g. [2] or [28, 28, 1]. */
  inputShape: number[];
  /**
   * The shape of one target: `[numClasses]` for classification (the one-hot width), the value
   * shape for regression (e.g. [1]).
   */
  targetShape: number[];
  /** Classification only: the name of each class, in one-hot order. */
  classNames?: string[];
  train: DatasetSplit;
  test: DatasetSplit;
  /** The options the dataset was made with, defaults filled in, so a run record can repeat it. */
  options: Readonly<Record<string, number | string>>;
  /** What was done to the data on the way, for people: e.g. rows dropped for missing values. */
  notes?: string[];
  /** The same notes by code and values, in the same order, for the interface's language. */
  noteCodes?: CodedText[];
  /** Synthetic sets only: the true parameters of the generating function. */
  truth?: DatasetTruth;
}

/** A dataset option given as text, e.g. the formula of a function to learn. */
export interface TextOptionSpec {
  kind: 'text';
  default: string;
  /** The longest text accepted, in characters. */
  maxLength: number;
  label: string;
  help?: string;
}

/** A dataset option that takes one of a few named values, e.g. what the target is. */
export interface ChoiceOptionSpec {
  kind: 'choice';
  default: string;
  values: readonly string[];
  label: string;
  help?: string;
}

/**
 * A dataset option is a bounded number, a bounded text or one of a few values, described like a
 * layer parameter so the UI can render it.
 */
export type DatasetOptionSpec = IntSpec | FloatSpec | TextOptionSpec | ChoiceOptionSpec;
export type DatasetOptionSchema = Readonly<Record<string, DatasetOptionSpec>>;
/** Resolved option values: every option of the schema, defaults filled in. */
export type DatasetOptionValues<S extends DatasetOptionSchema> = {
  readonly [K in keyof S]: S[K] extends TextOptionSpec | ChoiceOptionSpec ? string : number;
};

/** What the catalogue says about a dataset before it is loaded. */
export interface DatasetInfo {
  id: string;
  name: string;
  /** One or two sentences for learners. */
  description: string;
  task: DatasetTask;
  inputShape: number[];
  targetShape: number[];
  classNames?: string[];
  /** Example counts with the default options. */
  sizes: { train: number; test: number };
  /** Where the data comes from. */
  source: string;
  /** The terms the data may be used under. */
  licence: string;
  /** Whom to credit. */
  citation: string;
  /** The options `loadDataset` accepts, with defaults and bounds; empty for fixed datasets. */
  options: DatasetOptionSchema;
  /**
   * For synthetic inputs: the range each input feature is drawn from, e.g. for plotting a decision
   * boundary over [-6, 6]². Noise may carry a few points slightly outside.
   */
  inputDomain?: { min: number; max: number }[];
}
