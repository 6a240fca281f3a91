/**
 * Loading a dataset by id. The framework-free part: the synthetic sets load anywhere, and datasets
 * read from disk (the MNIST sample) load only where a loader for them is supplied, as
 * `node/loadDataset.ts` does for Node, so this import graph never reaches `fs`.
 */
import {
  DATASET_IDS,
  DATASET_INFOS,
  isDatasetId,
  SYNTHETIC_DATASETS,
  type DatasetId,
} from './catalog';
import { DatasetError } from './errors';
import { resolveOptions } from './options';
import { withTarget } from './target';
import type { SyntheticDataset } from './synthetic/build';
import type { Dataset, DatasetOptionValues } from './types';

/** Loads one dataset from complete, already checked option values. */
export type DatasetLoader = (
  options: Readonly<Record<string, number | string>>,
) => Dataset | Promise<Dataset>;
export type DatasetLoaders = Readonly<Partial<Record<DatasetId, DatasetLoader>>>;

function syntheticLoader(dataset: SyntheticDataset): DatasetLoader {
  // `loadDataset` resolves the options against this dataset's own schema first, so every option
  // the generator reads is present.
  return (options) => dataset.generate(options as DatasetOptionValues<typeof dataset.info.options>);
}

export const SYNTHETIC_LOADERS: DatasetLoaders = Object.fromEntries(
  Object.entries(SYNTHETIC_DATASETS).map(([id, dataset]) => [id, syntheticLoader(dataset)]),
);

/**
 * The dataset `id` with `options` (missing ones at their defaults). Rejects with a `DatasetError`
 * for an unknown id (listing the known ones), an unknown option, a value out of range (naming the
 * option, the value and the range), or a dataset that `loaders` cannot load here.
 */
export async function loadDataset(
  id: string,
  options: Readonly<Record<string, unknown>> = {},
  loaders: DatasetLoaders = SYNTHETIC_LOADERS,
): Promise<Dataset> {
  if (!isDatasetId(id)) {
    throw new DatasetError(
      'unknown-dataset',
      `There is no dataset '${id}'. The datasets are ${DATASET_IDS.join(', ')}.`,
    );
  }
  const values = resolveOptions(DATASET_INFOS[id], options);
  const loader = loaders[id];
  if (!loader) {
    throw new DatasetError(
      'unavailable',
      `The dataset '${id}' is read from files on disk, which cannot be done here; it loads in the trainer and on the command line.`,
    );
  }
  return withTarget(await loader(values), values);
}
