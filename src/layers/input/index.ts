import type { AnyLayerDefinition } from '../definition';
import { input } from './input';

export const inputLayers: readonly AnyLayerDefinition[] = [input];
