/**
 * How each Keras class the compiler emits is written with the Keras 3 functional API: one entry per
 * class, naming the constructor, the config keys passed by position, and every other key with its
 * Keras default (a key equal to its default is left out, so the code stays short). A config key the
 * entry does not list, with a value, makes the layer unsupported rather than silently dropped.
 */
import type { UnsupportedWhy } from '../bundle/why';

/** Python code to write as it stands, e.g. a regulariser object. */
export interface PythonCode {
  code: string;
}

export interface KerasEntry {
  /** The Python callable: `layers.Dense`, or `Maxout`, which model.py defines. */
  call: string;
  /** Config keys passed by position, in order. */
  positional: readonly string[];
  /** Config key → its Keras default; written as a keyword argument when the value differs. */
  keywords: Readonly<Record<string, unknown>>;
  /** Config key → the keyword Keras 3 uses for it, where the names differ. */
  rename?: Readonly<Record<string, string>>;
}

/** A keyword default that never matches, for keys Keras must always be given. */
export const ALWAYS_WRITE = Symbol('always write');

export type TableEntry = KerasEntry | { unsupported: UnsupportedWhy };

/**
 * Keys that never reach the Python call: the layer name (written separately), the layout (always
 * channels-last, Keras' default), and seeds (Keras draws different numbers from the same seed, and
 * the bundle's weights replace the drawn ones anyway).
 */
export const IGNORED_KEYS: ReadonlySet<string> = new Set(['name', 'seed', 'data_format']);

const bias = {
  use_bias: true,
  bias_initializer: 'zeros',
  bias_regularizer: null,
  bias_constraint: null,
};
const kernel = {
  kernel_initializer: 'glorot_uniform',
  kernel_regularizer: null,
  kernel_constraint: null,
};
const window2d = { strides: [1, 1], padding: 'valid', dilation_rate: [1, 1] };
const activated = { activation: 'linear', activity_regularizer: null };

const conv = (call: string, extra: Record<string, unknown> = {}): KerasEntry => ({
  call,
  positional: ['filters', 'kernel_size'],
  keywords: { ...window2d, ...activated, ...bias, ...kernel, ...extra },
});

const recurrent = (call: string, extra: Record<string, unknown> = {}): KerasEntry => ({
  call,
  positional: ['units'],
  keywords: {
    activation: 'tanh',
    ...bias,
    ...kernel,
    recurrent_initializer: 'orthogonal',
    recurrent_regularizer: null,
    recurrent_constraint: null,
    activity_regularizer: null,
    dropout: 0,
    recurrent_dropout: 0,
    return_sequences: false,
    return_state: false,
    go_backwards: false,
    stateful: false,
    unroll: false,
    ...extra,
  },
});

// Keras' pooling strides default to the pool size, not to a fixed value, so they are always written.
const pooling = (call: string): KerasEntry => ({
  call,
  positional: ['pool_size'],
  keywords: { strides: ALWAYS_WRITE, padding: 'valid' },
});

const plain = (call: string, keywords: Record<string, unknown> = {}): KerasEntry => ({
  call,
  positional: [],
  keywords,
});

const normalization = {
  axis: -1,
  epsilon: 0.001,
  center: true,
  scale: true,
  beta_initializer: 'zeros',
  gamma_initializer: 'ones',
  beta_regularizer: null,
  gamma_regularizer: null,
  beta_constraint: null,
  gamma_constraint: null,
};

export const KERAS_TABLE: Readonly<Record<string, TableEntry>> = {
  // Written as keras.Input(shape=…) by the model writer; listed so coverage counts it.
  InputLayer: plain('keras.Input'),
  Dense: {
    call: 'layers.Dense',
    positional: ['units'],
    keywords: { ...activated, ...bias, ...kernel },
  },
  Maxout: {
    call: 'Maxout',
    positional: ['units', 'pieces'],
    keywords: { use_bias: true, kernel_initializer: 'glorot_uniform', bias_initializer: 'zeros' },
  },
  Dropout: { call: 'layers.Dropout', positional: ['rate'], keywords: { noise_shape: null } },
  Activation: { call: 'layers.Activation', positional: ['activation'], keywords: {} },
  LeakyReLU: {
    call: 'layers.LeakyReLU',
    positional: [],
    keywords: { alpha: 0.3 },
    rename: { alpha: 'negative_slope' },
  },
  ELU: plain('layers.ELU', { alpha: 1 }),
  BatchNormalization: plain('layers.BatchNormalization', {
    ...normalization,
    momentum: 0.99,
    moving_mean_initializer: 'zeros',
    moving_variance_initializer: 'ones',
  }),
  LayerNormalization: plain('layers.LayerNormalization', normalization),
  Flatten: plain('layers.Flatten'),
  Reshape: { call: 'layers.Reshape', positional: ['target_shape'], keywords: {} },
  ZeroPadding2D: plain('layers.ZeroPadding2D', { padding: [1, 1] }),
  Conv2D: conv('layers.Conv2D'),
  Conv1D: conv('layers.Conv1D', { strides: [1], dilation_rate: [1] }),
  Conv2DTranspose: conv('layers.Conv2DTranspose', { output_padding: null }),
  DepthwiseConv2D: {
    call: 'layers.DepthwiseConv2D',
    positional: ['kernel_size'],
    keywords: {
      ...window2d,
      ...activated,
      ...bias,
      depth_multiplier: 1,
      depthwise_initializer: 'glorot_uniform',
      depthwise_regularizer: null,
      depthwise_constraint: null,
    },
  },
  SeparableConv2D: conv('layers.SeparableConv2D', {
    depth_multiplier: 1,
    depthwise_initializer: 'glorot_uniform',
    pointwise_initializer: 'glorot_uniform',
    depthwise_regularizer: null,
    pointwise_regularizer: null,
    depthwise_constraint: null,
    pointwise_constraint: null,
  }),
  MaxPooling2D: pooling('layers.MaxPooling2D'),
  AveragePooling2D: pooling('layers.AveragePooling2D'),
  MaxPooling1D: pooling('layers.MaxPooling1D'),
  AveragePooling1D: pooling('layers.AveragePooling1D'),
  GlobalAveragePooling2D: plain('layers.GlobalAveragePooling2D'),
  GlobalMaxPooling2D: plain('layers.GlobalMaxPooling2D'),
  GlobalAveragePooling1D: plain('layers.GlobalAveragePooling1D'),
  UpSampling2D: plain('layers.UpSampling2D', { size: [2, 2], interpolation: 'nearest' }),
  SimpleRNN: recurrent('layers.SimpleRNN'),
  LSTM: recurrent('layers.LSTM', { recurrent_activation: 'sigmoid', unit_forget_bias: true }),
  // tfjs' GRU is the original formulation (reset gate before the matrix product); Keras 3
  // defaults to the other one, so reset_after=False is always written.
  GRU: recurrent('layers.GRU', { recurrent_activation: 'sigmoid', reset_after: true }),
  Add: plain('layers.Add'),
  Multiply: plain('layers.Multiply'),
  Average: plain('layers.Average'),
  Concatenate: plain('layers.Concatenate', { axis: -1 }),
};
