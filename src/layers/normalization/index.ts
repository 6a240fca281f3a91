import type { AnyLayerDefinition } from '../definition';
import { batchNormalization } from './batchNormalization';
import { layerNormalization } from './layerNormalization';

export const normalizationLayers: readonly AnyLayerDefinition[] = [
  batchNormalization,
  layerNormalization,
];
