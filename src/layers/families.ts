import type { AnyLayerDefinition } from './definition';
import { dense } from './core/dense';

/** Every family of layer definitions, in palette order; each folder exports its list. */
export const layerFamilies: readonly (readonly AnyLayerDefinition[])[] = [[dense]];
