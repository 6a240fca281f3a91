import type { AnyLayerDefinition } from '../definition';
import { flatten } from './flatten';
import { reshape } from './reshape';
import { zeroPadding2d } from './zeroPadding2d';

export const reshapingLayers: readonly AnyLayerDefinition[] = [flatten, reshape, zeroPadding2d];
