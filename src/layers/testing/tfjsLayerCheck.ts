/**
 * Test support: builds one layer in real TensorFlow.js from a definition's Keras config and
 * reports what tfjs says about it, so table tests can hold the registry against the real thing.
 */
import type { AnyLayerDefinition } from '../definition';
import { defaultParams } from '../defaults';
import type { ParamValue } from '../params';
import type { Shape } from '../shape';
import { loadTf } from '../../compiler/tf';
import { registerCustomLayers } from '../../compiler/customLayers';
import { kerasInputLayer, kerasModelJson } from '../../compiler/kerasModel';

export async function tfjsLayerFacts(
  def: AnyLayerDefinition,
  overrides: Record<string, ParamValue>,
  inputShapes: readonly Shape[],
): Promise<{ outputShape: number[]; trainable: number; nonTrainable: number }> {
  const tf = await loadTf();
  registerCustomLayers(tf);
  const params = { ...defaultParams(def), ...overrides } as never;
  const keras = def.toKeras(params, inputShapes);
  if (!keras) throw new Error(`${def.type} builds no tfjs layer.`);
  const inputNames = inputShapes.map((_, i) => `input_${i}`);
  const json = kerasModelJson(
    'check',
    [
      ...inputShapes.map((shape, i) => ({
        ...kerasInputLayer(shape),
        name: inputNames[i]!,
        inbound: [],
      })),
      { ...keras, name: 'under_test', inbound: inputNames },
    ],
    inputNames,
    ['under_test'],
  );
  const model = await tf.models.modelFromJSON(json as never);
  const layer = model.getLayer('under_test');
  const size = (shape: readonly (number | null)[]) =>
    shape.reduce<number>((a, b) => a * (b ?? 1), 1);
  const facts = {
    outputShape: (model.outputs[0]!.shape as number[]).slice(1),
    trainable: layer.trainableWeights.reduce((n, w) => n + size(w.shape), 0),
    nonTrainable: layer.nonTrainableWeights.reduce((n, w) => n + size(w.shape), 0),
  };
  model.dispose();
  return facts;
}
