import type { AnyLayerDefinition } from '../definition';

export const recurrentLayers: readonly AnyLayerDefinition[] = [];
