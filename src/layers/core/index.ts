import type { AnyLayerDefinition } from '../definition';
import { dense } from './dense';

export const coreLayers: readonly AnyLayerDefinition[] = [dense];
