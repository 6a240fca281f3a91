import type { AnyLayerDefinition } from '../definition';

export const poolingLayers: readonly AnyLayerDefinition[] = [];
