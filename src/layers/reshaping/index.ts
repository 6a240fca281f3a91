import type { AnyLayerDefinition } from '../definition';

export const reshapingLayers: readonly AnyLayerDefinition[] = [];
