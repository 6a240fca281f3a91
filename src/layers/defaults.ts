import type { AnyLayerDefinition } from './definition';
import type { ParamSchema, ParamValue } from './params';

/** Every parameter of a layer type at its default value. */
export function defaultParams(def: AnyLayerDefinition): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(def.params as ParamSchema)) out[key] = spec.default;
  return out;
}
