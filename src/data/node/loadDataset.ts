/** Loading any dataset by id in Node, where the datasets read from disk are available too. */
import { defaultDataDir } from '../../host/server/dataDir';
import { loadDataset as loadWith, SYNTHETIC_LOADERS, type DatasetLoaders } from '../registry';
import type { Dataset } from '../types';
import { loadDownloaded } from './download/loadDownloaded';
import { loadMnistSample } from './mnistSample';
import { loadCars, loadIris, loadPenguins, loadSeattleWeather } from './tables';

/**
 * The loaders of every dataset. The downloaded sets are fetched into `<dataDir>/datasets` on first
 * use (without progress: `neurocanvas data fetch` and the app fetch with progress beforehand).
 */
export function nodeLoaders(dataDir: () => string = () => defaultDataDir()): DatasetLoaders {
  return {
    ...SYNTHETIC_LOADERS,
    'mnist-sample': () => loadMnistSample(),
    iris: loadIris,
    penguins: loadPenguins,
    cars: loadCars,
    'seattle-weather': loadSeattleWeather,
    mnist: () => loadDownloaded('mnist', { dataDir: dataDir() }),
    'fashion-mnist': () => loadDownloaded('fashion-mnist', { dataDir: dataDir() }),
    'cifar-10': () => loadDownloaded('cifar-10', { dataDir: dataDir() }),
  };
}

export const NODE_LOADERS: DatasetLoaders = nodeLoaders();

/** As `registry.loadDataset`, with every dataset available. */
export function loadDataset(
  id: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<Dataset> {
  return loadWith(id, options, NODE_LOADERS);
}
