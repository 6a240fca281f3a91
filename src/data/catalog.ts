/** Every dataset NeuroCanvas knows by id, as catalogue entries (nothing is loaded here). */
import { mnistSampleInfo } from './mnistSampleInfo';
import { circle } from './synthetic/circle';
import { gauss } from './synthetic/gauss';
import { linear } from './synthetic/linear';
import { regGauss } from './synthetic/regGauss';
import { regPlane } from './synthetic/regPlane';
import { spiral } from './synthetic/spiral';
import { xor } from './synthetic/xor';
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
  'mnist-sample',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** The datasets drawn from a formula, which load anywhere. */
export const SYNTHETIC_DATASETS: Readonly<
  Record<Exclude<DatasetId, 'mnist-sample'>, SyntheticDataset>
> = {
  circle,
  xor,
  gauss,
  spiral,
  'reg-plane': regPlane,
  'reg-gauss': regGauss,
  linear,
};

export const DATASET_INFOS: Readonly<Record<DatasetId, DatasetInfo>> = {
  circle: circle.info,
  xor: xor.info,
  gauss: gauss.info,
  spiral: spiral.info,
  'reg-plane': regPlane.info,
  'reg-gauss': regGauss.info,
  linear: linear.info,
  'mnist-sample': mnistSampleInfo,
};

export function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id);
}

/** The catalogue entry for an id, or undefined for an id no dataset has. */
export function datasetInfo(id: string): DatasetInfo | undefined {
  return isDatasetId(id) ? DATASET_INFOS[id] : undefined;
}
