/**
 * Test support: every Keras layer the compiler can emit, found from the layer registry — each type
 * with its defaults, and once more for every choice of each select parameter, the other value of
 * each switch, and each decimal parameter moved off its default. Exporter tables are held against this list, so a new layer type or a new variant
 * (an activation that becomes its own class, say) fails their coverage tests until handled.
 */
import type { KerasLayer } from '../../../layers/definition';
import { defaultParams } from '../../../layers/defaults';
import type { ParamSpec, ParamValue } from '../../../layers/params';
import { allLayers } from '../../../layers/registry';
import type { Shape } from '../../../layers/shape';

export interface EmittedLayer {
  type: string;
  /** Which parameter was changed from the defaults, e.g. 'activation=elu'; '' for the defaults. */
  variant: string;
  keras: KerasLayer;
}

/** Input shapes a layer of each kind accepts, for the few toKeras that read them. */
function inputShapesFor(type: string, category: string, inputs: number): Shape[] {
  const one: Shape =
    category === 'Recurrent' || type.endsWith('1D')
      ? [6, 3]
      : category === 'Convolution' || category === 'Pooling' || type.endsWith('2D')
        ? [8, 8, 3]
        : [4];
  return Array.from({ length: Math.max(1, inputs) }, () => one);
}

export function emittedLayers(): EmittedLayer[] {
  const out: EmittedLayer[] = [];
  for (const def of allLayers) {
    const defaults = defaultParams(def) as Record<string, ParamValue>;
    const shapes = inputShapesFor(def.type, def.category, def.inputs.min);
    const variants: [string, Record<string, ParamValue>][] = [['', defaults]];
    for (const [key, spec] of Object.entries(def.params) as [string, ParamSpec][]) {
      if (spec.kind === 'select')
        for (const option of spec.options)
          if (option.value !== defaults[key])
            variants.push([`${key}=${option.value}`, { ...defaults, [key]: option.value }]);
      // A float moved off its default; from 0 this turns on what 0 turns off (regularisers).
      if (spec.kind === 'float') {
        const value = defaults[key] === 0 ? 0.01 : (defaults[key] as number) / 2;
        variants.push([`${key}=${value}`, { ...defaults, [key]: value }]);
      }
      if (spec.kind === 'bool')
        variants.push([`${key}=${!defaults[key]}`, { ...defaults, [key]: !defaults[key] }]);
    }
    for (const [variant, params] of variants) {
      const keras = def.toKeras(params as never, shapes);
      if (keras) out.push({ type: def.type, variant, keras });
    }
  }
  return out;
}
