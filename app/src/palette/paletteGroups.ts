/** The palette's layer types, filtered by a search and grouped by category in a fixed order. */
import type { AnyLayerDefinition, LayerCategory } from '../../../src/layers/definition';
import { allLayers, CATEGORY_ORDER } from '../../../src/layers/registry';

export interface PaletteGroup {
  category: LayerCategory;
  layers: readonly AnyLayerDefinition[];
}

/** Every word of the query must appear in the layer's label, type or category. */
export function matchesQuery(def: AnyLayerDefinition, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${def.label} ${def.type} ${def.category}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export function paletteGroups(query: string, layers = allLayers): PaletteGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    layers: layers.filter((d) => d.category === category && matchesQuery(d, query)),
  })).filter((g) => g.layers.length > 0);
}
