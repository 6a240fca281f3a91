/**
 * Every Keras class the compiler emits, and how it becomes ONNX. A class missing here cannot be
 * exported; layerTable.test.ts fails when the layer registry gains a class this table lacks.
 */
import type { LayerConverter } from './context';
import { conv, conv2dTranspose, depthwiseConv2d, separableConv2d } from './layers/conv';
import { activationLayer, dense, dropout, elu, leakyRelu, maxout } from './layers/core';
import { concatenate, elementwise } from './layers/merge';
import { batchNormalization, layerNormalization } from './layers/normalization';
import { globalPooling, pooling, upSampling2d } from './layers/pooling';
import { gru, lstm, simpleRnn } from './layers/recurrent';
import { flatten, reshape, zeroPadding2d } from './layers/reshaping';

/** InputLayer is not in the table: it becomes a graph input, not an op. */
export const ONNX_LAYERS: Readonly<Record<string, LayerConverter>> = {
  Dense: dense,
  Maxout: maxout,
  Dropout: dropout,
  Activation: activationLayer,
  LeakyReLU: leakyRelu,
  ELU: elu,
  BatchNormalization: batchNormalization,
  LayerNormalization: layerNormalization,
  Flatten: flatten,
  Reshape: reshape,
  ZeroPadding2D: zeroPadding2d,
  Conv1D: conv,
  Conv2D: conv,
  DepthwiseConv2D: depthwiseConv2d,
  SeparableConv2D: separableConv2d,
  Conv2DTranspose: conv2dTranspose,
  MaxPooling1D: pooling('MaxPool'),
  MaxPooling2D: pooling('MaxPool'),
  AveragePooling1D: pooling('AveragePool'),
  AveragePooling2D: pooling('AveragePool'),
  GlobalAveragePooling1D: globalPooling('ReduceMean'),
  GlobalAveragePooling2D: globalPooling('ReduceMean'),
  GlobalMaxPooling2D: globalPooling('ReduceMax'),
  UpSampling2D: upSampling2d,
  SimpleRNN: simpleRnn,
  LSTM: lstm,
  GRU: gru,
  Add: elementwise('Sum'),
  Multiply: elementwise('Mul'),
  Average: elementwise('Mean'),
  Concatenate: concatenate,
};
