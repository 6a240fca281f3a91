/** The framework-free dataset API. In Node, `node/loadDataset.ts` also loads the MNIST sample. */
export {
  DATASET_IDS,
  DATASET_INFOS,
  datasetInfo,
  datasetOrigin,
  isDatasetId,
  type DatasetId,
  type DatasetOrigin,
} from './catalog';
export { datasetProblems } from './check';
export { DatasetError, type DatasetErrorKind } from './errors';
export { classCounts, integerLabels, oneHot } from './labels';
export { defaultOptions, resolveOptions } from './options';
export {
  loadDataset,
  SYNTHETIC_LOADERS,
  type DatasetLoader,
  type DatasetLoaders,
} from './registry';
export { infoWithTarget, TARGETS, withTarget, type DatasetTarget } from './target';
export type * from './types';
