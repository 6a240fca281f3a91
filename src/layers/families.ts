import type { AnyLayerDefinition } from './definition';
import { convLayers } from './conv';
import { coreLayers } from './core';
import { inputLayers } from './input';
import { mergeLayers } from './merge';
import { normalizationLayers } from './normalization';
import { outputLayers } from './output';
import { poolingLayers } from './pooling';
import { recurrentLayers } from './recurrent';
import { reshapingLayers } from './reshaping';

/** Every family of layer definitions, in palette order; each folder exports its list. */
export const layerFamilies: readonly (readonly AnyLayerDefinition[])[] = [
  inputLayers,
  coreLayers,
  normalizationLayers,
  reshapingLayers,
  convLayers,
  poolingLayers,
  recurrentLayers,
  mergeLayers,
  outputLayers,
];
