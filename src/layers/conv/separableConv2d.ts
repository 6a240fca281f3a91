import { defineLayer } from '../definition';
import { kerasInitializer, readInitializer, readPair } from '../keras';
import { asPadding, dilationIssues } from './arithmetic';
import {
  biasInitializerParam,
  convActivationParam,
  depthMultiplierParam,
  dilation2Param,
  filtersParam,
  kernel2Param,
  paddingParam,
  strides2Param,
  useBiasParam,
} from './convParams';
import { imageWindowShape } from './imageWindow';
import { readConvBasics } from './kerasWindow';

export const separableConv2d = defineLayer({
  type: 'SeparableConv2D',
  label: 'Separable Conv 2D',
  category: 'Convolution',
  inputs: { min: 1, max: 1 },
  params: {
    filters: filtersParam,
    kernelSize: kernel2Param,
    strides: strides2Param,
    padding: paddingParam,
    depthMultiplier: depthMultiplierParam,
    dilation: dilation2Param,
    activation: convActivationParam,
    useBias: useBiasParam,
    biasInitializer: biasInitializerParam,
  },
  keyParams: ['filters', 'kernelSize', 'activation'],
  doc: 'A convolution split in two cheaper steps: first every channel is filtered on its own (depthwise), then a 1×1 convolution mixes the channels into the output filters (pointwise). It learns similar patterns with far fewer weights, as in MobileNet and Xception.',
  checkParams: (p) => dilationIssues(p.strides, p.dilation),
  inferShape: (inputs, p) =>
    imageWindowShape(
      'SeparableConv2D',
      inputs[0]!,
      {
        kernel: p.kernelSize,
        strides: p.strides,
        dilation: p.dilation,
        padding: asPadding(p.padding),
      },
      () => p.filters,
    ),
  // Depthwise kernel Kh×Kw×Ci×M, pointwise kernel 1×1×(Ci·M)×Co, plus one bias per filter.
  paramCount: (inputs, p) => {
    const [kh, kw] = p.kernelSize;
    const mid = inputs[0]![2]! * p.depthMultiplier;
    return {
      trainable: kh * kw * mid + mid * p.filters + (p.useBias ? p.filters : 0),
      nonTrainable: 0,
    };
  },
  // Depthwise Ho·Wo·(Ci·M)·Kh·Kw, then pointwise Ho·Wo·(Ci·M)·Co.
  flops: (inputs, p, output) => {
    const [kh, kw] = p.kernelSize;
    const mid = inputs[0]![2]! * p.depthMultiplier;
    return output[0]! * output[1]! * mid * (kh * kw + p.filters);
  },
  // No kernel_initializer: tfjs refuses it for this layer and reads depthwise/pointwise ones.
  toKeras: (p) => ({
    class_name: 'SeparableConv2D',
    config: {
      filters: p.filters,
      kernel_size: [...p.kernelSize],
      strides: [...p.strides],
      padding: p.padding,
      data_format: 'channels_last',
      dilation_rate: [...p.dilation],
      depth_multiplier: p.depthMultiplier,
      activation: p.activation,
      use_bias: p.useBias,
      depthwise_initializer: kerasInitializer('glorot_uniform'),
      pointwise_initializer: kerasInitializer('glorot_uniform'),
      bias_initializer: kerasInitializer(p.biasInitializer),
      depthwise_regularizer: null,
      pointwise_regularizer: null,
      bias_regularizer: null,
      activity_regularizer: null,
      depthwise_constraint: null,
      pointwise_constraint: null,
      bias_constraint: null,
    },
  }),
  fromKeras: {
    classNames: ['SeparableConv2D'],
    read(_cls, c) {
      const basics = readConvBasics(c);
      if (!basics.ok) return basics;
      return {
        ok: true,
        params: {
          filters: typeof c.filters === 'number' ? c.filters : 32,
          kernelSize: readPair(c.kernel_size, [3, 3]),
          strides: readPair(c.strides, [1, 1]),
          padding: basics.padding,
          depthMultiplier: typeof c.depth_multiplier === 'number' ? c.depth_multiplier : 1,
          dilation: readPair(c.dilation_rate, [1, 1]),
          activation: basics.activation,
          useBias: basics.useBias,
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
