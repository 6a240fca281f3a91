import { defineLayer } from '../definition';
import { kerasInitializer, readInitializer, readPair } from '../keras';
import { asPadding, dilationIssues } from './arithmetic';
import {
  biasInitializerParam,
  convActivationParam,
  dilation2Param,
  filtersParam,
  kernel2Param,
  kernelInitializerParam,
  paddingParam,
  strides2Param,
  useBiasParam,
} from './convParams';
import { imageWindowShape } from './imageWindow';
import { readConvBasics } from './kerasWindow';

export const conv2d = defineLayer({
  type: 'Conv2D',
  label: 'Conv 2D',
  category: 'Convolution',
  inputs: { min: 1, max: 1 },
  params: {
    filters: filtersParam,
    kernelSize: kernel2Param,
    strides: strides2Param,
    padding: paddingParam,
    dilation: dilation2Param,
    activation: convActivationParam,
    useBias: useBiasParam,
    kernelInitializer: kernelInitializerParam,
    biasInitializer: biasInitializerParam,
  },
  keyParams: ['filters', 'kernelSize', 'activation'],
  doc: 'Slides small filters over the image. Each filter is a Kh×Kw×C block of weights that looks at one patch at a time and gives one number per position, so every filter makes one output channel: a map of where its pattern appears.',
  checkParams: (p) => dilationIssues(p.strides, p.dilation),
  inferShape: (inputs, p) =>
    imageWindowShape(
      'Conv2D',
      inputs[0]!,
      {
        kernel: p.kernelSize,
        strides: p.strides,
        dilation: p.dilation,
        padding: asPadding(p.padding),
      },
      () => p.filters,
    ),
  // Kernel Kh×Kw×Ci×Co, plus one bias per filter.
  paramCount: (inputs, p) => {
    const [kh, kw] = p.kernelSize;
    const ci = inputs[0]![2]!;
    return { trainable: kh * kw * ci * p.filters + (p.useBias ? p.filters : 0), nonTrainable: 0 };
  },
  // Every output value Ho×Wo×Co is a Kh·Kw·Ci-term dot product.
  flops: (inputs, p, output) => {
    const [kh, kw] = p.kernelSize;
    return output[0]! * output[1]! * p.filters * kh * kw * inputs[0]![2]!;
  },
  toKeras: (p) => ({
    class_name: 'Conv2D',
    config: {
      filters: p.filters,
      kernel_size: [...p.kernelSize],
      strides: [...p.strides],
      padding: p.padding,
      data_format: 'channels_last',
      dilation_rate: [...p.dilation],
      activation: p.activation,
      use_bias: p.useBias,
      kernel_initializer: kerasInitializer(p.kernelInitializer),
      bias_initializer: kerasInitializer(p.biasInitializer),
      kernel_regularizer: null,
      bias_regularizer: null,
      activity_regularizer: null,
      kernel_constraint: null,
      bias_constraint: null,
    },
  }),
  fromKeras: {
    classNames: ['Conv2D'],
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
          dilation: readPair(c.dilation_rate, [1, 1]),
          activation: basics.activation,
          useBias: basics.useBias,
          kernelInitializer: readInitializer(c.kernel_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
