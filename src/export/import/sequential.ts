/**
 * Keras Sequential models: a chain of layers. Keras 2.0–2.2 write the config as a bare list;
 * later versions as `{ name, layers }`. The input is either an InputLayer listed first (newer
 * Keras) or implied by the first layer's `batch_input_shape` (Keras 2, tfjs) / `batch_shape`
 * (Keras 3).
 */
import { describeValue } from '../../layers/paramCheck';
import { fail, isObject, type JsonObject } from './json';
import {
  checkLayerCount,
  checkNames,
  defaultLayerName,
  type KerasNode,
  type LayerList,
} from './layerList';

export function readSequential(config: unknown): LayerList {
  const list = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
  if (!Array.isArray(list)) {
    fail(
      `The Sequential model's config should list its layers, but it is ${describeValue(config)}.`,
    );
  }
  checkLayerCount(list.length);

  const layers: KerasNode[] = [];
  list.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.class_name !== 'string' || !isObject(entry.config)) {
      fail(`Layer ${i + 1} of the Sequential model is not a layer ({ class_name, config }).`);
    }
    const name =
      typeof entry.config.name === 'string' && entry.config.name !== ''
        ? entry.config.name
        : defaultLayerName(entry.class_name, i);
    checkNames(name, entry.class_name, i);
    if (i === 0 && entry.class_name !== 'InputLayer') {
      layers.push(impliedInput(name, entry, config));
    }
    const previous = layers.length - 1;
    layers.push({
      name,
      className: entry.class_name,
      config: entry.config,
      inbound: previous >= 0 ? [previous] : [],
    });
  });
  return { layers, outputs: [layers.length - 1] };
}

/** The InputLayer Keras itself creates in front of a Sequential model's first layer. */
function impliedInput(firstName: string, entry: JsonObject, model: unknown): KerasNode {
  const config = entry.config as JsonObject;
  // A model built by calling it records the shape it was built for: Keras 2 in the model's
  // `build_input_shape`, Keras 3 also in the layer's `build_config`.
  const built = isObject(entry.build_config) ? entry.build_config.input_shape : undefined;
  const modelBuilt = isObject(model) ? model.build_input_shape : undefined;
  const batchShape = config.batch_input_shape ?? config.batch_shape ?? modelBuilt ?? built;
  if (!Array.isArray(batchShape)) {
    fail(
      `The Sequential model does not say what its input looks like: its first layer '${firstName}' has no batch_input_shape (or batch_shape).`,
    );
  }
  return {
    name: `${firstName}_input`,
    className: 'InputLayer',
    config: { batch_input_shape: batchShape, dtype: 'float32', sparse: false },
    inbound: [],
    synthetic: true,
  };
}
