import type { AnyLayerDefinition } from '../definition';

export const normalizationLayers: readonly AnyLayerDefinition[] = [];
