import { describeValue } from '../../layers/paramCheck';
import { readFunctional } from './functional';
import { fail, type JsonObject } from './json';
import type { LayerList } from './layerList';
import { readSequential } from './sequential';

/** The layers of a Keras model `{ class_name, config }`, whatever its kind. */
export function readModelLayers(model: JsonObject): LayerList {
  const className = model.class_name;
  if (className === 'Sequential') return readSequential(model.config);
  if (className === 'Model' || className === 'Functional') return readFunctional(model.config);
  fail(
    `The model is of Keras class ${describeValue(className)}; NeuroCanvas reads Sequential and functional (Model, Functional) models.`,
  );
}
