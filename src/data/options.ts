/**
 * Dataset options: the specs shared by several datasets, and the check that turns what a caller
 * gave into complete, valid values (or an error naming the option, the value and the range).
 */
import { describeExpected, describeValue, paramProblem } from '../layers/paramCheck';
import type { FloatSpec, IntSpec } from '../layers/params';
import { DatasetError } from './errors';
import type { DatasetOptionSchema, DatasetOptionValues } from './types';

export function seedOption(): IntSpec {
  return {
    kind: 'int',
    default: 42,
    min: 0,
    max: 2_147_483_647,
    label: 'Seed',
    help: 'The same seed draws the same points and the same train/test split.',
  };
}

export function countOption(defaultCount: number): IntSpec {
  return {
    kind: 'int',
    default: defaultCount,
    min: 10,
    max: 100_000,
    label: 'Examples',
    help: 'How many examples to draw, train and test together.',
  };
}

/** Noise of standard deviation from 0 to `max`, in steps of 0.05; `help` says where it is added. */
export function noiseOption(defaultNoise: number, max: number, help: string): FloatSpec {
  return { kind: 'float', default: defaultNoise, min: 0, max, step: 0.05, label: 'Noise', help };
}

/** The standard deviation of the scatter added to y, for the regression sets drawn from a formula. */
export const Y_NOISE_HELP = 'The standard deviation of the gaussian scatter added to y.';

export function trainRatioOption(defaultRatio: number): FloatSpec {
  return {
    kind: 'float',
    default: defaultRatio,
    min: 0.1,
    max: 0.9,
    step: 0.05,
    label: 'Training share',
    help: 'The fraction of examples used for training; the rest test the model on unseen data.',
  };
}

/**
 * Complete option values for a dataset: each given option checked against its spec, every other
 * one at its default. An option given as `undefined` counts as not given.
 */
export function resolveOptions<S extends DatasetOptionSchema>(
  dataset: { id: string; options: S },
  given: Readonly<Record<string, unknown>> = {},
): DatasetOptionValues<S> {
  const names = Object.keys(dataset.options);
  for (const name of Object.keys(given)) {
    if (Object.hasOwn(dataset.options, name) || given[name] === undefined) continue;
    throw new DatasetError(
      'unknown-option',
      names.length === 0
        ? `The dataset '${dataset.id}' takes no options, but was given '${name}'.`
        : `The dataset '${dataset.id}' has no option '${name}'. Its options are ${names.join(', ')}.`,
    );
  }
  const values: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(dataset.options)) {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined) {
      values[name] = spec.default;
      continue;
    }
    if (spec.kind === 'choice') {
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        throw new DatasetError(
          'invalid-option',
          `The option '${name}' of the dataset '${dataset.id}' must be one of ${spec.values.map((v) => describeValue(v)).join(', ')}, but is ${describeValue(value)}.`,
        );
      }
      values[name] = value;
      continue;
    }
    if (spec.kind === 'text') {
      if (typeof value !== 'string' || value.length > spec.maxLength) {
        throw new DatasetError(
          'invalid-option',
          `The option '${name}' of the dataset '${dataset.id}' must be text of at most ${spec.maxLength.toLocaleString('en-US')} characters, but is ${typeof value === 'string' ? `${value.length.toLocaleString('en-US')} characters long` : describeValue(value)}.`,
        );
      }
      values[name] = value;
      continue;
    }
    if (paramProblem(spec, value)) {
      throw new DatasetError(
        'invalid-option',
        `The option '${name}' of the dataset '${dataset.id}' must be ${describeExpected(spec)}, but is ${describeValue(value)}.`,
      );
    }
    values[name] = value as number;
  }
  // Every key of the schema has just been filled from the value given or the default.
  return values as DatasetOptionValues<S>;
}

/** The default value of every option. */
export function defaultOptions<S extends DatasetOptionSchema>(options: S): DatasetOptionValues<S> {
  return resolveOptions({ id: '', options });
}
