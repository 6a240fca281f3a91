/** What one entry of the layer table produces: PyTorch modules, forward statements and weights. */
import type { Shape } from '../../../layers/shape';
import type { ExportTensor } from '../../bundle/types';
import type { HelperName } from '../python/helpers';
import type { UnsupportedWhy } from '../../bundle/why';

/**
 * Where a tensor keeps its channels in the generated `forward`: 'first' is PyTorch's layout for
 * convolutions (NCHW, NCL), 'last' is Keras' (NHWC, and [batch, time, features] for sequences).
 * Vectors are 'last': both are the same for them.
 */
export type Layout = 'first' | 'last';

/** A value of the forward pass: its Python variable, its Keras shape (no batch) and its layout. */
export interface TensorRef {
  name: string;
  shape: Shape;
  layout: Layout;
}

export interface LayerContext {
  /** The Python name of the layer: its module attribute and the variable holding its output. */
  attr: string;
  /** The Keras layer name, for messages and comments. */
  layerName: string;
  className: string;
  config: Readonly<Record<string, unknown>>;
  /** The inputs, already in the layout the entry asked for. */
  inputs: readonly TensorRef[];
  /** The Keras output shape, without the batch. */
  output: Shape;
  /** The layer's weights by tfjs name ('kernel', 'bias', 'gamma', …). */
  weights: ReadonlyMap<string, ExportTensor>;
}

export interface TorchModule {
  attr: string;
  /** The constructor call, e.g. `nn.Conv2d(1, 8, kernel_size=(3, 3))`. */
  code: string;
  /** Statements that follow the constructor in `__init__` (with `self.<attr>` written out). */
  after?: readonly string[];
  /** State-dict entries relative to the module ('weight', 'bias', 'running_mean', …). */
  weights: readonly (readonly [string, ExportTensor])[];
}

export interface Built {
  modules: readonly TorchModule[];
  /** Python statements of `forward`; the last one assigns the variable named `attr`. */
  forward: readonly string[];
  /** The layout of the output; ignored for vectors. */
  layout: Layout;
  helpers?: readonly HelperName[];
  /** A Python expression of this layer's weight penalty (Keras' kernel_regularizer), if any. */
  penalty?: string;
}

export interface TorchLayer {
  /** The layout the inputs must arrive in, by their shapes; 'any' keeps the first input's. */
  wants(inputs: readonly Shape[]): Layout | 'any';
  build(ctx: LayerContext): Built;
}

/** A Keras class this target writes, or the reason it cannot. */
export type TableEntry = TorchLayer | { unsupported: UnsupportedWhy };
