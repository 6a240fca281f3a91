/**
 * The output shape of every layer of a Keras topology, worked out by the same layer definitions
 * the canvas uses: each Keras layer is read back into its parameters and asked for its shape.
 */
import type { KerasModelJson } from '../../compiler/kerasModel';
import { defaultParams } from '../../layers/defaults';
import { layerForKerasClass } from '../../layers/registry';
import type { Shape } from '../../layers/shape';

type KerasLayerJson = KerasModelJson['config']['layers'][number];

export function inboundOf(layer: KerasLayerJson): string[] {
  return (layer.inbound_nodes[0] ?? []).map(([name]) => name);
}

export function layerShapes(json: KerasModelJson): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  for (const layer of json.config.layers) {
    const def = layerForKerasClass(layer.class_name);
    if (!def?.fromKeras) throw new Error(`No layer type reads Keras class '${layer.class_name}'.`);
    const read = def.fromKeras.read(layer.class_name, layer.config);
    if (!read.ok) throw new Error(`Layer '${layer.name}': ${read.message}.`);
    const inputs = inboundOf(layer).map((name) => {
      const shape = shapes.get(name);
      if (!shape)
        throw new Error(`Layer '${layer.name}' reads '${name}', which comes later or not at all.`);
      return shape;
    });
    const params = { ...defaultParams(def), ...read.params } as Parameters<
      typeof def.inferShape
    >[1];
    const result = def.inferShape(inputs, params);
    if (!result.ok) throw new Error(`Layer '${layer.name}': ${result.issue.message}`);
    shapes.set(layer.name, result.shape);
  }
  return shapes;
}
