import type { AnyLayerDefinition } from '../definition';
import { activation } from './activation';
import { dense } from './dense';
import { dropout } from './dropout';
import { maxout } from './maxout';

export const coreLayers: readonly AnyLayerDefinition[] = [dense, maxout, dropout, activation];
