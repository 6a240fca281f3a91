import type { LayerIssue } from './issue';
import type { ParamSchema, ParamsOf } from './params';
import type { Shape } from './shape';

export type LayerCategory =
  | 'Input'
  | 'Core'
  | 'Activation'
  | 'Normalization'
  | 'Reshaping'
  | 'Convolution'
  | 'Pooling'
  | 'Recurrent'
  | 'Merge'
  | 'Output';

/** A layer in Keras' own serialised form, as `model.toJSON()` and `tensorflowjs_converter` write it. */
export interface KerasLayer {
  class_name: string;
  config: Record<string, unknown>;
}

export type ShapeResult = { ok: true; shape: Shape } | { ok: false; issue: LayerIssue };

export interface ParamCount {
  trainable: number;
  nonTrainable: number;
}

/** What the graph knows about a dataset once one is chosen. */
export interface DatasetInfo {
  name: string;
  numClasses?: number;
}

/** The result of reading a Keras layer back: parameters, or the reason it cannot be read. */
export type FromKerasResult<P> = { ok: true; params: Partial<P> } | { ok: false; message: string };

export interface LayerDefinition<S extends ParamSchema = ParamSchema> {
  /** Stable identifier, stored in project files: 'Conv2D'. */
  type: string;
  /** What the palette shows: 'Conv 2D'. */
  label: string;
  category: LayerCategory;
  /** How many incoming edges the layer takes: 0 for Input, 1 for most, 2..∞ for merges. */
  inputs: { min: number; max: number };
  params: S;
  /** A short explanation for learners, shown in the inspector and the docs. */
  doc: string;
  /** Parameters shown on the node itself, most important first. */
  keyParams?: readonly (keyof S & string)[];
  /** Checks that involve more than one parameter, e.g. strides > 1 together with dilation > 1. */
  checkParams?(p: ParamsOf<S>): LayerIssue[];
  /** Output shape from input shapes, or an issue that explains why there is none. */
  inferShape(inputs: readonly Shape[], p: ParamsOf<S>): ShapeResult;
  paramCount(inputs: readonly Shape[], p: ParamsOf<S>, output: Shape): ParamCount;
  /** Multiply-adds per example. */
  flops(inputs: readonly Shape[], p: ParamsOf<S>, output: Shape): number;
  /** Keras-format layer without name or inbound nodes; null for markers that build no layer (Output). */
  toKeras(p: ParamsOf<S>, inputs: readonly Shape[]): KerasLayer | null;
  /** Keras class names this type reads back on import, and how. */
  fromKeras?: {
    classNames: readonly string[];
    read(
      className: string,
      config: Readonly<Record<string, unknown>>,
    ): FromKerasResult<ParamsOf<S>>;
  };
  /** Checks against the chosen dataset, e.g. output units against the number of classes. */
  checkDataset?(inputs: readonly Shape[], p: ParamsOf<S>, dataset: DatasetInfo): LayerIssue | null;
}

/** Declares a layer type; the identity function that gives the schema its precise types. */
export function defineLayer<S extends ParamSchema>(def: LayerDefinition<S>): LayerDefinition<S> {
  return def;
}

/**
 * The registry stores definitions with their schema erased. `any` is deliberate: a definition's
 * functions take its own precise parameter type, which no single schema type can stand for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLayerDefinition = LayerDefinition<any>;
