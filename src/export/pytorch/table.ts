/**
 * The Keras classes NeuroCanvas' compiler writes, each with how it becomes PyTorch. A test fails
 * when the layer registry gains a class this table does not list, so nothing is left to chance.
 */
import * as conv from './layers/conv';
import * as core from './layers/core';
import * as merge from './layers/merge';
import * as norm from './layers/normalization';
import * as pool from './layers/pooling';
import * as recurrent from './layers/recurrent';
import * as reshaping from './layers/reshaping';
import type { TableEntry } from './layers/types';

/** The model's inputs become the arguments of `forward`; they build nothing. */
export const INPUT = { input: true } as const;

export const PYTORCH_LAYERS: Readonly<Record<string, TableEntry | typeof INPUT>> = {
  InputLayer: INPUT,
  Dense: core.dense,
  Maxout: core.maxout,
  Dropout: core.dropout,
  Activation: core.activation,
  LeakyReLU: core.leakyRelu,
  ELU: core.elu,
  BatchNormalization: norm.batchNormalization,
  LayerNormalization: norm.layerNormalization,
  Flatten: reshaping.flatten,
  Reshape: reshaping.reshape,
  ZeroPadding2D: reshaping.zeroPadding2d,
  Conv1D: conv.conv1d,
  Conv2D: conv.conv2d,
  DepthwiseConv2D: conv.depthwiseConv2d,
  SeparableConv2D: conv.separableConv2d,
  Conv2DTranspose: conv.conv2dTranspose,
  MaxPooling1D: pool.maxPooling1d,
  AveragePooling1D: pool.averagePooling1d,
  MaxPooling2D: pool.maxPooling2d,
  AveragePooling2D: pool.averagePooling2d,
  GlobalAveragePooling1D: pool.globalAveragePooling,
  GlobalAveragePooling2D: pool.globalAveragePooling,
  GlobalMaxPooling2D: pool.globalMaxPooling,
  UpSampling2D: pool.upSampling2d,
  SimpleRNN: recurrent.simpleRnn,
  LSTM: recurrent.lstm,
  GRU: recurrent.gru,
  Add: merge.add,
  Multiply: merge.multiply,
  Average: merge.average,
  Concatenate: merge.concatenate,
};

/** Layers whose input is a sequence in NCL (channels first): a 2-D model input they read is NCL. */
export const CHANNELS_FIRST_SEQUENCE_READERS = new Set([
  'Conv1D',
  'MaxPooling1D',
  'AveragePooling1D',
]);
