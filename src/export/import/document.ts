/**
 * Finds the parts of a model.json: the Keras model, its training settings and the weight list.
 * Three forms occur: the TF.js artifact `{ modelTopology, weightsManifest, format }`, the same with
 * `modelTopology.model_config` (what tensorflowjs_converter writes for a Keras file), and Keras'
 * own bare topology `{ class_name, config }` (`model.to_json()`).
 */
import { describeValue } from '../../layers/paramCheck';
import { fail, isObject, type JsonObject } from './json';

export interface ModelDocument {
  /** The Keras model, `{ class_name, config }`. */
  model: JsonObject;
  /** Keras' `training_config` (or tfjs' `trainingConfig`), when the file has one. */
  trainingConfig: JsonObject | null;
  /** Every entry of the weight manifest in data order, or null when the file lists no weights. */
  weightEntries: readonly unknown[] | null;
}

export function readModelDocument(root: unknown): ModelDocument {
  if (!isObject(root)) {
    fail(`model.json must hold a JSON object, but it holds ${describeValue(root)}.`);
  }
  if (
    root.format === 'graph-model' ||
    (isObject(root.modelTopology) && 'node' in root.modelTopology)
  ) {
    fail(
      'This is a TensorFlow.js graph model (a frozen TensorFlow graph). NeuroCanvas imports Layers models, the kind `model.save()` in TensorFlow.js or tensorflowjs_converter with --output_format=tfjs_layers_model writes.',
    );
  }

  let model: unknown;
  let trainingConfig: unknown = root.trainingConfig ?? null;
  if ('modelTopology' in root) {
    const topology = root.modelTopology;
    if (!isObject(topology)) {
      fail(
        `'modelTopology' in model.json should describe the model, but it is ${describeValue(topology)}.`,
      );
    }
    model = topology.model_config ?? topology;
    trainingConfig ??= topology.training_config ?? null;
  } else if ('model_config' in root) {
    model = root.model_config;
    trainingConfig ??= root.training_config ?? null;
  } else {
    model = root;
    trainingConfig ??= root.training_config ?? null;
  }
  if (!isObject(model) || typeof model.class_name !== 'string') {
    fail(
      'This file does not look like a Keras or TensorFlow.js model: it has neither a `modelTopology` nor a model `class_name`.',
    );
  }
  // Keras 3 keeps the compile settings (loss, optimizer) with the model itself.
  trainingConfig ??= model.compile_config ?? null;
  return {
    model,
    trainingConfig: isObject(trainingConfig) ? trainingConfig : null,
    weightEntries: readWeightEntries(root),
  };
}

/** `weightsManifest` is a list of groups `{ paths, weights }`; the weights follow one another. */
function readWeightEntries(root: JsonObject): readonly unknown[] | null {
  if (root.weightsManifest !== undefined) {
    const manifest = root.weightsManifest;
    if (!Array.isArray(manifest)) {
      fail(
        `'weightsManifest' in model.json should be a list, but it is ${describeValue(manifest)}.`,
      );
    }
    const entries: unknown[] = [];
    manifest.forEach((group, i) => {
      if (!isObject(group) || !Array.isArray(group.weights)) {
        fail(`Group ${i + 1} of 'weightsManifest' has no list of 'weights'.`);
      }
      entries.push(...group.weights);
    });
    return entries;
  }
  // The in-memory artifact form of TF.js keeps the same entries in one flat list.
  if (Array.isArray(root.weightSpecs)) return root.weightSpecs;
  return null;
}

/** The shard file names the manifest lists, in order; the host reads them from disk. */
export function weightPathsOf(root: unknown): string[] {
  if (!isObject(root) || !Array.isArray(root.weightsManifest)) return [];
  const paths: string[] = [];
  root.weightsManifest.forEach((group, i) => {
    if (!isObject(group) || !Array.isArray(group.paths)) {
      fail(`Group ${i + 1} of 'weightsManifest' has no list of 'paths'.`);
    }
    for (const p of group.paths) {
      if (typeof p !== 'string' || p === '') {
        fail(`Group ${i + 1} of 'weightsManifest' lists a file path that is ${describeValue(p)}.`);
      }
      paths.push(p);
    }
  });
  return paths;
}
