import type { AnyLayerDefinition } from '../definition';

export const convLayers: readonly AnyLayerDefinition[] = [];
