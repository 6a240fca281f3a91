import type { AnyLayerDefinition } from '../definition';
import { concatenate } from './concatenate';
import { add, average, multiply } from './elementwise';

export const mergeLayers: readonly AnyLayerDefinition[] = [add, concatenate, multiply, average];
