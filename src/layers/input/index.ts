import type { AnyLayerDefinition } from '../definition';

export const inputLayers: readonly AnyLayerDefinition[] = [];
