/**
 * All the files of one target's bundle: what the target writes, plus what every bundle carries —
 * `samples.npz` (the fixed inputs and NeuroCanvas' outputs for them) and, for the Python targets,
 * the dataset as `data.npz` so their training scripts train on the same examples.
 */
import type { Dataset } from '../../data/types';
import { float32Array, writeNpz, type NpyArray } from '../../numpy';
import { exporterFor, TARGET_LABELS } from './registry';
import type { ExportFile, ExportModel, ExportTarget, UnsupportedLayer } from './types';

export const SAMPLES_NPZ = 'samples.npz';
export const DATA_NPZ = 'data.npz';

/**
 * Datasets a target's training script loads by itself: Keras ships the full MNIST in
 * keras.datasets. (The MNIST sample is a different, smaller set, so it travels in data.npz.)
 */
const BUILT_IN_DATASETS: Readonly<Partial<Record<ExportTarget, readonly string[]>>> = {
  keras: ['mnist'],
};

const PYTHON_TARGETS: readonly ExportTarget[] = ['keras', 'pytorch'];

export class UnsupportedExportError extends Error {
  constructor(
    readonly target: ExportTarget,
    readonly layers: readonly UnsupportedLayer[],
  ) {
    super(
      `${TARGET_LABELS[target]} cannot express ${layers.length === 1 ? 'this layer' : 'these layers'}:\n` +
        layers.map((l) => `  ${l.layerName} (${l.className}): ${l.reason}`).join('\n'),
    );
  }
}

/** `samples.npz`: `input_<i>` and `output_<i>`, float32, in the model's input and output order. */
export function samplesNpz(model: ExportModel): Uint8Array {
  const entries: Record<string, NpyArray> = {};
  model.samples.inputs.forEach((t, i) => (entries[`input_${i}`] = float32Array(t.shape, t.values)));
  model.samples.outputs.forEach(
    (t, i) => (entries[`output_${i}`] = float32Array(t.shape, t.values)),
  );
  return writeNpz(entries);
}

/** `data.npz`: x_train, y_train, x_test, y_test in NeuroCanvas' layout (targets one-hot for classes). */
export function dataNpz(dataset: Dataset): Uint8Array {
  const part = (x: Float32Array, count: number, shape: readonly number[]) =>
    float32Array([count, ...shape], x);
  return writeNpz(
    {
      x_train: part(dataset.train.x, dataset.train.count, dataset.inputShape),
      y_train: part(dataset.train.y, dataset.train.count, dataset.targetShape),
      x_test: part(dataset.test.x, dataset.test.count, dataset.inputShape),
      y_test: part(dataset.test.y, dataset.test.count, dataset.targetShape),
    },
    { compress: true },
  );
}

/**
 * The bundle's files for `target`. Throws `UnsupportedExportError` listing every layer the target
 * cannot express, before anything is produced.
 */
export function bundleFiles(
  model: ExportModel,
  target: ExportTarget,
  options: { dataset?: Dataset } = {},
): ExportFile[] {
  const exporter = exporterFor(target);
  if (!exporter) throw new Error(`Export to ${TARGET_LABELS[target]} is not part of this version.`);
  const unsupported = exporter.unsupported(model);
  if (unsupported.length > 0) throw new UnsupportedExportError(target, unsupported);
  const files = exporter.write(model);
  const has = (path: string) => files.some((f) => f.path === path);
  if (!has(SAMPLES_NPZ)) files.push({ path: SAMPLES_NPZ, data: samplesNpz(model) });
  const dataset = options.dataset;
  if (
    dataset &&
    PYTHON_TARGETS.includes(target) &&
    !BUILT_IN_DATASETS[target]?.includes(dataset.id) &&
    !has(DATA_NPZ)
  )
    files.push({ path: DATA_NPZ, data: dataNpz(dataset) });
  return files;
}
