import type { AnyLayerDefinition } from '../definition';
import { output } from './output';

export const outputLayers: readonly AnyLayerDefinition[] = [output];
