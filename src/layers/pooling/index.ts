import type { AnyLayerDefinition } from '../definition';
import {
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalMaxPooling2d,
} from './globalPooling';
import { averagePooling1d, maxPooling1d } from './pooling1d';
import { averagePooling2d, maxPooling2d } from './pooling2d';
import { upSampling2d } from './upSampling2d';

export const poolingLayers: readonly AnyLayerDefinition[] = [
  maxPooling2d,
  averagePooling2d,
  globalAveragePooling2d,
  globalMaxPooling2d,
  upSampling2d,
  maxPooling1d,
  averagePooling1d,
  globalAveragePooling1d,
];
