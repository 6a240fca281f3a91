/**
 * A layer type's words in the user's language, for the palette, the inspector and the docs. Names
 * of layer types (Dense, Conv 2D, Max Pooling 2D) stay as they are in every language, as Russian
 * lectures write them; categories, documentation, parameter labels, help and options translate.
 */
import { translate, type Locale } from '../../i18n';
import type { AnyLayerDefinition, LayerCategory } from '../definition';
import type { ParamSchema, ParamSpec, SelectOption } from '../params';
import { getLayer } from '../registry';
import { termText } from './terms';

export interface LayerText {
  label: string;
  category: string;
  doc: string;
}

export interface ParamText {
  label: string;
  help: string;
}

export function categoryLabel(locale: Locale, category: LayerCategory): string {
  return translate(locale, `layers.category.${category}`);
}

export function definitionText(locale: Locale, def: AnyLayerDefinition): LayerText {
  return {
    label: def.label,
    category: categoryLabel(locale, def.category),
    doc: termText(locale, def.doc),
  };
}

/** Null for a type the registry does not know. */
export function layerText(locale: Locale, type: string): LayerText | null {
  const def = getLayer(type);
  return def ? definitionText(locale, def) : null;
}

export function specText(locale: Locale, spec: ParamSpec): ParamText {
  return { label: termText(locale, spec.label), help: termText(locale, spec.help) };
}

/** Null for a type or parameter the registry does not know. */
export function paramText(locale: Locale, type: string, param: string): ParamText | null {
  const schema = getLayer(type)?.params as ParamSchema | undefined;
  const spec = schema && Object.hasOwn(schema, param) ? schema[param] : undefined;
  return spec ? specText(locale, spec) : null;
}

export function optionLabel(locale: Locale, option: SelectOption): string {
  return termText(locale, option.label);
}

/** Every phrase of every definition that is translated: docs, labels and help, option labels. */
export function definitionTerms(defs: readonly AnyLayerDefinition[]): Set<string> {
  const terms = new Set<string>();
  for (const def of defs) {
    terms.add(def.doc);
    for (const spec of Object.values(def.params as ParamSchema)) {
      terms.add(spec.label);
      terms.add(spec.help);
      if (spec.kind === 'select' || spec.kind === 'multiselect')
        for (const option of spec.options) terms.add(option.label);
    }
  }
  return terms;
}
