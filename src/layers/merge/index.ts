import type { AnyLayerDefinition } from '../definition';

export const mergeLayers: readonly AnyLayerDefinition[] = [];
