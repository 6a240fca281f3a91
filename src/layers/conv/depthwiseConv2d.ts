import { defineLayer } from '../definition';
import { kerasInitializer, readInitializer, readPair } from '../keras';
import { asPadding } from './arithmetic';
import {
  biasInitializerParam,
  convActivationParam,
  depthMultiplierParam,
  kernel2Param,
  kernelInitializerParam,
  paddingParam,
  strides2Param,
  useBiasParam,
} from './convParams';
import { imageWindowShape } from './imageWindow';
import { readConvBasics } from './kerasWindow';

/**
 * No dilation parameter: TensorFlow.js 4.22's DepthwiseConv2D ignores dilation_rate both in its
 * output shape and in its computation, so a dilated layer would train as an undilated one.
 */
export const depthwiseConv2d = defineLayer({
  type: 'DepthwiseConv2D',
  label: 'Depthwise Conv 2D',
  category: 'Convolution',
  inputs: { min: 1, max: 1 },
  params: {
    kernelSize: kernel2Param,
    strides: strides2Param,
    padding: paddingParam,
    depthMultiplier: depthMultiplierParam,
    activation: convActivationParam,
    useBias: useBiasParam,
    depthwiseInitializer: { ...kernelInitializerParam, help: 'How the per-channel filters start.' },
    biasInitializer: biasInitializerParam,
  },
  keyParams: ['kernelSize', 'depthMultiplier', 'activation'],
  doc: 'Filters each input channel on its own: a channel gets its own Kh×Kw filters (as many as the depth multiplier) and channels never mix. It needs far fewer weights than a full convolution; a 1×1 convolution afterwards mixes the channels.',
  inferShape: (inputs, p) =>
    imageWindowShape(
      'DepthwiseConv2D',
      inputs[0]!,
      { kernel: p.kernelSize, strides: p.strides, dilation: [1, 1], padding: asPadding(p.padding) },
      (c) => c * p.depthMultiplier,
    ),
  // Kernel Kh×Kw×Ci×M, plus one bias per output channel (Ci·M).
  paramCount: (inputs, p) => {
    const [kh, kw] = p.kernelSize;
    const channels = inputs[0]![2]! * p.depthMultiplier;
    return { trainable: kh * kw * channels + (p.useBias ? channels : 0), nonTrainable: 0 };
  },
  // Every output value Ho×Wo×(Ci·M) is a Kh·Kw-term dot product over one channel.
  flops: (inputs, p, output) => {
    const [kh, kw] = p.kernelSize;
    return output[0]! * output[1]! * inputs[0]![2]! * p.depthMultiplier * kh * kw;
  },
  toKeras: (p) => ({
    class_name: 'DepthwiseConv2D',
    config: {
      kernel_size: [...p.kernelSize],
      strides: [...p.strides],
      padding: p.padding,
      depth_multiplier: p.depthMultiplier,
      data_format: 'channels_last',
      dilation_rate: [1, 1],
      activation: p.activation,
      use_bias: p.useBias,
      depthwise_initializer: kerasInitializer(p.depthwiseInitializer),
      bias_initializer: kerasInitializer(p.biasInitializer),
      depthwise_regularizer: null,
      bias_regularizer: null,
      activity_regularizer: null,
      depthwise_constraint: null,
      bias_constraint: null,
    },
  }),
  fromKeras: {
    classNames: ['DepthwiseConv2D'],
    read(_cls, c) {
      const basics = readConvBasics(c);
      if (!basics.ok) return basics;
      const dilation = readPair(c.dilation_rate, [1, 1]);
      if (dilation[0] !== 1 || dilation[1] !== 1) {
        return {
          ok: false,
          message: `dilation_rate ${dilation.join('×')} is not supported in DepthwiseConv2D: TensorFlow.js would ignore it`,
        };
      }
      return {
        ok: true,
        params: {
          kernelSize: readPair(c.kernel_size, [3, 3]),
          strides: readPair(c.strides, [1, 1]),
          padding: basics.padding,
          depthMultiplier: typeof c.depth_multiplier === 'number' ? c.depth_multiplier : 1,
          activation: basics.activation,
          useBias: basics.useBias,
          depthwiseInitializer: readInitializer(c.depthwise_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
