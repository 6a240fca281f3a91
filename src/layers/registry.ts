import type { AnyLayerDefinition, LayerCategory } from './definition';
import { layerFamilies } from './families';

const byType = new Map<string, AnyLayerDefinition>();
const byKerasClass = new Map<string, AnyLayerDefinition>();

for (const def of layerFamilies.flat()) {
  if (byType.has(def.type)) throw new Error(`Layer type '${def.type}' is defined twice.`);
  byType.set(def.type, def);
  for (const cls of def.fromKeras?.classNames ?? []) {
    if (byKerasClass.has(cls)) throw new Error(`Keras class '${cls}' is claimed twice.`);
    byKerasClass.set(cls, def);
  }
}

/** Every layer type, in palette order. */
export const allLayers: readonly AnyLayerDefinition[] = [...byType.values()];

export function getLayer(type: string): AnyLayerDefinition | undefined {
  return byType.get(type);
}

export function layerForKerasClass(className: string): AnyLayerDefinition | undefined {
  return byKerasClass.get(className);
}

export const CATEGORY_ORDER: readonly LayerCategory[] = [
  'Input',
  'Core',
  'Activation',
  'Normalization',
  'Reshaping',
  'Convolution',
  'Pooling',
  'Recurrent',
  'Merge',
  'Output',
];
