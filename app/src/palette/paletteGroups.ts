/** The palette's layer types, filtered by a search and grouped by category in a fixed order. */
import type { Locale } from '../../../src/i18n';
import type { AnyLayerDefinition, LayerCategory } from '../../../src/layers/definition';
import { allLayers, CATEGORY_ORDER } from '../../../src/layers/registry';
import { categoryLabel } from '../../../src/layers/text/layerText';

export interface PaletteGroup {
  category: LayerCategory;
  layers: readonly AnyLayerDefinition[];
}

/**
 * Every word of the query must appear in the layer's label, type or category. The category counts
 * in English and in the interface's language, so "свёртка" and "conv" both find Conv 2D.
 */
export function matchesQuery(
  def: AnyLayerDefinition,
  query: string,
  locale: Locale = 'en',
): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const category = `${def.category} ${categoryLabel(locale, def.category)}`;
  const text = `${def.label} ${def.type} ${category}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export function paletteGroups(
  query: string,
  layers = allLayers,
  locale: Locale = 'en',
): PaletteGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    layers: layers.filter((d) => d.category === category && matchesQuery(d, query, locale)),
  })).filter((g) => g.layers.length > 0);
}
