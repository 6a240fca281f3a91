/**
 * What every export target reads and writes. A target never sees the canvas graph: it reads the Keras
 * functional JSON the compiler trains from, so what trained is what gets exported.
 */
import type { KerasTopology } from '../../compiler/toKeras';
import type { TrainingSettings } from '../../project/training';
import type { UnsupportedWhy } from './why';

export const EXPORT_TARGETS = ['tfjs', 'keras', 'pytorch', 'onnx'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** A dense float32 array with its shape, row-major. */
export interface ExportTensor {
  shape: readonly number[];
  values: Float32Array;
}

/** One weight of a layer, named as tfjs names it within the layer ('kernel', 'bias', 'gamma', …). */
export interface ExportWeight extends ExportTensor {
  name: string;
}

export interface ExportModel {
  /** The project's name, for titles in READMEs; optional, since a bare model.json has none. */
  name?: string;
  topology: KerasTopology;
  /**
   * Keras layer name → its weights in the order tfjs lists them. Always present: a model that was
   * never trained carries its seeded initial weights, and `trained` says which it is.
   */
  weights: ReadonlyMap<string, readonly ExportWeight[]>;
  trained: boolean;
  /** How the model trains, for the training scripts. */
  training: TrainingSettings;
  /** The dataset the project trains on, if one is chosen (a dataset id such as 'mnist-sample'). */
  datasetId?: string;
  /**
   * A few fixed examples in NeuroCanvas' layout (channels-last), one tensor per model input with
   * the batch first, and what NeuroCanvas' model outputs for them, one tensor per model output.
   */
  samples: { inputs: readonly ExportTensor[]; outputs: readonly ExportTensor[] };
}

/** A layer a target cannot express, reported before anything is written. */
export interface UnsupportedLayer extends UnsupportedWhy {
  layerName: string;
  className: string;
  /** Plain words: why this target has no equivalent (`code` and `values` in English). */
  reason: string;
}

/** A file of the bundle; `path` is relative to the bundle's folder and uses '/'. */
export interface ExportFile {
  path: string;
  data: Uint8Array | string;
}

export interface TargetExporter {
  target: ExportTarget;
  /** Empty when the whole model can be exported to this target. */
  unsupported(model: ExportModel): UnsupportedLayer[];
  /** The bundle's files. Only called when `unsupported` is empty. */
  write(model: ExportModel): ExportFile[];
}
