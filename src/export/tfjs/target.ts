/**
 * The TensorFlow.js target: `model.json` and its weight shard at the top of the bundle, loadable with
 * `tf.loadLayersModel` in plain @tensorflow/tfjs. Every layer NeuroCanvas builds is a tfjs layer, so
 * nothing is unsupported; NeuroCanvas' own classes come with `custom_layers.js`.
 */
import type { KerasTopology } from '../../compiler/toKeras';
import type { NodeWeights } from '../../project/weights';
import type {
  ExportFile,
  ExportModel,
  ExportTensor,
  ExportWeight,
  TargetExporter,
} from '../bundle/types';
import { CUSTOM_LAYERS_FILE, CUSTOM_LAYERS_JS } from './customLayersSnippet';
import { tfjsReadme } from './readme';
import { SAMPLES_JSON_FILE, VERIFY_FILE, verifyScript } from './verifyScript';
import { writeLayersModel } from './writeLayersModel';

/**
 * The classes of `topology` that plain tfjs cannot load: Maxout always, ELU only with α ≠ 1 (tfjs'
 * own ELU refuses any other α).
 */
export function customLayerClasses(topology: KerasTopology): string[] {
  const found = new Set<string>();
  for (const layer of topology.json.config.layers) {
    if (layer.class_name === 'Maxout') found.add('Maxout');
    if (layer.class_name === 'ELU' && (layer.config.alpha ?? 1) !== 1) found.add('ELU');
  }
  return [...found];
}

/** The model's weights keyed by node id, as `writeLayersModel` reads them. */
function weightsByNode(model: ExportModel): NodeWeights {
  const out: Record<string, readonly ExportWeight[]> = {};
  for (const [nodeId, layerName] of model.topology.layerNames) {
    const weights = model.weights.get(layerName);
    if (weights && weights.length > 0) out[nodeId] = weights;
  }
  return out;
}

function samplesJson(model: ExportModel): string {
  const list = (tensors: readonly ExportTensor[], names: readonly string[]) =>
    tensors.map((t, i) => ({ name: names[i], shape: t.shape, values: Array.from(t.values) }));
  return JSON.stringify({
    inputs: list(
      model.samples.inputs,
      model.topology.inputs.map((i) => i.layerName),
    ),
    outputs: list(
      model.samples.outputs,
      model.topology.outputs.map((o) => o.layerName),
    ),
  });
}

export const tfjsExporter: TargetExporter = {
  target: 'tfjs',
  unsupported: () => [],
  write(model): ExportFile[] {
    const { modelJson, weightData } = writeLayersModel(model.topology, weightsByNode(model));
    const custom = customLayerClasses(model.topology);
    return [
      { path: 'model.json', data: JSON.stringify(modelJson) },
      { path: modelJson.weightsManifest[0].paths[0], data: weightData },
      ...(custom.length > 0 ? [{ path: CUSTOM_LAYERS_FILE, data: CUSTOM_LAYERS_JS }] : []),
      { path: VERIFY_FILE, data: verifyScript({ customLayers: custom.length > 0 }) },
      { path: SAMPLES_JSON_FILE, data: samplesJson(model) },
      { path: 'README.md', data: tfjsReadme(model, { customLayers: custom }) },
    ];
  },
};
