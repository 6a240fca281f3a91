/** Every dataset NeuroCanvas knows by id, as catalogue entries (nothing is loaded here). */
import { DOWNLOADABLE_INFOS } from './library/downloadable';
import { isDownloadableId } from './downloads/sources';
import { mnistSampleInfo } from './mnistSampleInfo';
import { circle } from './synthetic/circle';
import { functionRegression } from './synthetic/functionRegression';
import { gauss } from './synthetic/gauss';
import { linear } from './synthetic/linear';
import { regGauss } from './synthetic/regGauss';
import { regPlane } from './synthetic/regPlane';
import { seasonal, waves } from './synthetic/series';
import { shapes, shapesBoxes, shapesMasks } from './synthetic/shapes';
import { spiral } from './synthetic/spiral';
import { xor } from './synthetic/xor';
import { carsInfo } from './tables/cars';
import { irisInfo } from './tables/iris';
import { penguinsInfo } from './tables/penguins';
import { seattleWeatherInfo } from './tables/seattleWeather';
import type { SyntheticDataset } from './synthetic/build';
import type { DatasetInfo } from './types';

export const DATASET_IDS = [
  'circle',
  'xor',
  'gauss',
  'spiral',
  'reg-plane',
  'reg-gauss',
  'linear',
  'function',
  'waves',
  'seasonal',
  'shapes',
  'shapes-masks',
  'shapes-boxes',
  'mnist-sample',
  'iris',
  'penguins',
  'cars',
  'seattle-weather',
  'mnist',
  'fashion-mnist',
  'cifar-10',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** The datasets read from files (bundled or downloaded) rather than drawn from a formula. */
type FileDatasetId =
  | 'mnist-sample'
  | 'iris'
  | 'penguins'
  | 'cars'
  | 'seattle-weather'
  | 'mnist'
  | 'fashion-mnist'
  | 'cifar-10';

/** The datasets drawn from a formula, which load anywhere. */
export const SYNTHETIC_DATASETS: Readonly<
  Record<Exclude<DatasetId, FileDatasetId>, SyntheticDataset>
> = {
  circle,
  xor,
  gauss,
  spiral,
  'reg-plane': regPlane,
  'reg-gauss': regGauss,
  linear,
  function: functionRegression,
  waves,
  seasonal,
  shapes,
  'shapes-masks': shapesMasks,
  'shapes-boxes': shapesBoxes,
};

export const DATASET_INFOS: Readonly<Record<DatasetId, DatasetInfo>> = {
  circle: circle.info,
  xor: xor.info,
  gauss: gauss.info,
  spiral: spiral.info,
  'reg-plane': regPlane.info,
  'reg-gauss': regGauss.info,
  linear: linear.info,
  function: functionRegression.info,
  waves: waves.info,
  seasonal: seasonal.info,
  shapes: shapes.info,
  'shapes-masks': shapesMasks.info,
  'shapes-boxes': shapesBoxes.info,
  'mnist-sample': mnistSampleInfo,
  iris: irisInfo,
  penguins: penguinsInfo,
  cars: carsInfo,
  'seattle-weather': seattleWeatherInfo,
  ...DOWNLOADABLE_INFOS,
};

export function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id);
}

/** The catalogue entry for an id, or undefined for an id no dataset has. */
export function datasetInfo(id: string): DatasetInfo | undefined {
  return isDatasetId(id) ? DATASET_INFOS[id] : undefined;
}

/**
 * Where a dataset's examples come from: drawn on this computer, read from files installed with
 * NeuroCanvas, or downloaded on first use and then kept.
 */
export type DatasetOrigin = 'generated' | 'bundled' | 'download';

export function datasetOrigin(id: DatasetId): DatasetOrigin {
  if (Object.hasOwn(SYNTHETIC_DATASETS, id)) return 'generated';
  return isDownloadableId(id) ? 'download' : 'bundled';
}
