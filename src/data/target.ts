/**
 * What a dataset's examples are to be mapped to. Besides its own labels, a picture dataset can
 * offer the picture itself as the target: the task of an autoencoder, which learns to rebuild its
 * input through a narrow code.
 */
import type { ChoiceOptionSpec, Dataset, DatasetInfo } from './types';

export const TARGETS = ['labels', 'input'] as const;
export type DatasetTarget = (typeof TARGETS)[number];

export const TARGET_OPTION: ChoiceOptionSpec = {
  kind: 'choice',
  default: 'labels',
  values: TARGETS,
  label: 'Target',
  help: "'labels' trains to name each example's class; 'input' trains to rebuild the example itself, as an autoencoder does.",
};

function wantsInput(options: Readonly<Record<string, unknown>> | undefined): boolean {
  return options?.target === 'input';
}

/**
 * The dataset with the chosen target: unchanged for 'labels'; for 'input', a regression task
 * whose target of each example is its own input. The inputs are shared, not copied: loaded
 * datasets are read-only.
 */
export function withTarget(
  dataset: Dataset,
  options: Readonly<Record<string, number | string>>,
): Dataset {
  if (!wantsInput(options)) return dataset;
  const rebuilt: Dataset = {
    ...dataset,
    task: 'regression',
    targetShape: [...dataset.inputShape],
    train: { ...dataset.train, y: dataset.train.x },
    test: { ...dataset.test, y: dataset.test.x },
    options: { ...dataset.options, ...options },
  };
  delete rebuilt.classNames;
  return rebuilt;
}

/**
 * The catalogue entry as it stands with these options, for checking a design before the data is
 * loaded: with the input as target there are no classes and the target has the input's shape.
 */
export function infoWithTarget(
  info: DatasetInfo,
  options: Readonly<Record<string, unknown>> | undefined,
): DatasetInfo {
  if (!wantsInput(options) || !Object.hasOwn(info.options, 'target')) return info;
  const changed: DatasetInfo = { ...info, task: 'regression', targetShape: [...info.inputShape] };
  delete changed.classNames;
  return changed;
}
