/**
 * The output shape of a Keras layer of the topology, computed by the same layer definitions that
 * gave the canvas its shapes: the config is read back into the layer's parameters.
 */
import { defaultParams } from '../../layers/defaults';
import type { ParamValue } from '../../layers/params';
import { layerForKerasClass } from '../../layers/registry';
import type { Shape } from '../../layers/shape';
import type { KerasLayerConfig } from './context';

export function layerOutputShape(layer: KerasLayerConfig, inputs: readonly Shape[]): Shape {
  const def = layerForKerasClass(layer.className);
  const read = def?.fromKeras?.read(layer.className, layer.config);
  if (!def || !read) throw new Error(`The layer '${layer.name}' (${layer.className}) is unknown.`);
  if (!read.ok) throw new Error(`The layer '${layer.name}' cannot be read: ${read.message}.`);
  const params = defaultParams(def);
  for (const [key, value] of Object.entries(read.params as Record<string, ParamValue>)) {
    if (Object.hasOwn(params, key) && value !== undefined) params[key] = value;
  }
  const result = def.inferShape(inputs, params);
  if (!result.ok) {
    throw new Error(`The layer '${layer.name}' has no output shape: ${result.issue.message}`);
  }
  return result.shape;
}
