/** Assembles layers into Keras' functional-model JSON, the form `tf.models.modelFromJSON` reads. */
import type { KerasLayer } from '../layers/definition';

export interface KerasModelLayer extends KerasLayer {
  name: string;
  /** Names of the layers whose outputs feed this one, in order. */
  inbound: readonly string[];
}

export interface KerasModelJson {
  class_name: 'Model';
  config: {
    name: string;
    layers: {
      class_name: string;
      name: string;
      config: Record<string, unknown>;
      inbound_nodes: [string, number, number, Record<string, never>][][];
    }[];
    input_layers: [string, number, number][];
    output_layers: [string, number, number][];
  };
  keras_version: string;
  backend: string;
}

export function kerasModelJson(
  name: string,
  layers: readonly KerasModelLayer[],
  inputNames: readonly string[],
  outputNames: readonly string[],
): KerasModelJson {
  return {
    class_name: 'Model',
    config: {
      name,
      layers: layers.map((l) => ({
        class_name: l.class_name,
        name: l.name,
        config: { ...l.config, name: l.name },
        inbound_nodes: l.inbound.length === 0 ? [] : [l.inbound.map((src) => [src, 0, 0, {}])],
      })),
      input_layers: inputNames.map((n) => [n, 0, 0]),
      output_layers: outputNames.map((n) => [n, 0, 0]),
    },
    keras_version: 'tfjs-layers 4.22.0',
    backend: 'tensor_flow.js',
  };
}

/** Keras' InputLayer for a shape without the batch dimension. */
export function kerasInputLayer(shape: readonly number[]): KerasLayer {
  return {
    class_name: 'InputLayer',
    config: { batch_input_shape: [null, ...shape], dtype: 'float32', sparse: false },
  };
}
