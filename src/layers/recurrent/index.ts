import type { AnyLayerDefinition } from '../definition';
import { gru } from './gru';
import { lstm } from './lstm';
import { simpleRnn } from './simpleRnn';

export const recurrentLayers: readonly AnyLayerDefinition[] = [simpleRnn, lstm, gru];
