/**
 * A trained model in TensorFlow.js' Layers format, the files `model.save('file://…')` writes and
 * `tf.loadLayersModel` reads: `model.json` (the Keras topology plus a manifest of the weights) and
 * one binary shard holding every weight as little-endian float32, in manifest order.
 *
 * Pure: no tfjs and no files. The caller writes `modelJson` (as JSON) and `weightData` side by side,
 * under the shard name given here, since the manifest refers to the shard by that relative path.
 */
import type { KerasModelJson } from '../../compiler/kerasModel';
import type { KerasTopology } from '../../compiler/toKeras';
import type { NodeWeights } from '../../project/weights';

/** The shard name tfjs' own file writer uses for a single shard. */
export const DEFAULT_SHARD_NAME = 'weights.bin';

export interface WeightSpec {
  /** `<layer>/<weight>`, e.g. `dense_1/kernel`: the name tfjs gives the weight when it builds the layer. */
  name: string;
  shape: number[];
  dtype: 'float32';
}

export interface LayersModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: KerasModelJson;
  weightsManifest: [{ paths: [string]; weights: WeightSpec[] }];
}

export interface LayersModelFiles {
  modelJson: LayersModelJson;
  /** The shard's bytes: 4 bytes per weight value, in the order of `weightsManifest[0].weights`. */
  weightData: Uint8Array;
}

export interface WriteLayersModelOptions {
  /** The shard's file name, relative to model.json; `weights.bin` unless given. */
  shardName?: string;
  /** Recorded in model.json's `generatedBy`. */
  generatedBy?: string;
}

/**
 * The files for `topology` with `weights` (node id → that layer's tensors in tfjs order). Layers are
 * listed in topology order and each layer's tensors in their own order. Weights of nodes that are
 * not part of the model (they feed no output) are left out; a weight whose values do not fill its
 * shape is refused, since the shard would then be misread from that point on.
 */
export function writeLayersModel(
  topology: KerasTopology,
  weights: NodeWeights,
  options: WriteLayersModelOptions = {},
): LayersModelFiles {
  const layerNodes = new Map<string, string>();
  for (const [nodeId, layerName] of topology.layerNames) layerNodes.set(layerName, nodeId);

  const specs: WeightSpec[] = [];
  const parts: Float32Array[] = [];
  for (const layer of topology.json.config.layers) {
    const nodeId = layerNodes.get(layer.name);
    const tensors = nodeId === undefined ? undefined : weights[nodeId];
    if (!tensors) continue;
    for (const tensor of tensors) {
      const size = tensor.shape.reduce((p, d) => p * d, 1);
      if (tensor.values.length !== size) {
        throw new Error(
          `The weight '${layer.name}/${tensor.name}' has ${tensor.values.length} values but its shape [${tensor.shape.join(', ')}] needs ${size}.`,
        );
      }
      specs.push({
        name: `${layer.name}/${tensor.name}`,
        shape: [...tensor.shape],
        dtype: 'float32',
      });
      parts.push(tensor.values);
    }
  }

  const total = parts.reduce((n, p) => n + p.length, 0);
  const weightData = new Uint8Array(total * 4);
  const view = new DataView(weightData.buffer);
  let offset = 0;
  for (const values of parts) {
    // tfjs reads shards as little-endian float32 whatever the machine; DataView says so explicitly.
    for (let i = 0; i < values.length; i++, offset += 4) view.setFloat32(offset, values[i]!, true);
  }

  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: options.generatedBy ?? 'NeuroCanvas',
      convertedBy: null,
      modelTopology: topology.json,
      weightsManifest: [{ paths: [options.shardName ?? DEFAULT_SHARD_NAME], weights: specs }],
    },
    weightData,
  };
}
