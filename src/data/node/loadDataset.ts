/** Loading any dataset by id in Node, where the datasets read from disk are available too. */
import { loadDataset as loadWith, SYNTHETIC_LOADERS, type DatasetLoaders } from '../registry';
import type { Dataset } from '../types';
import { loadMnistSample } from './mnistSample';

export const NODE_LOADERS: DatasetLoaders = {
  ...SYNTHETIC_LOADERS,
  'mnist-sample': () => loadMnistSample(),
};

/** As `registry.loadDataset`, with every dataset available. */
export function loadDataset(
  id: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<Dataset> {
  return loadWith(id, options, NODE_LOADERS);
}
