import type { AnyLayerDefinition } from '../definition';

export const outputLayers: readonly AnyLayerDefinition[] = [];
