import { defineLayer } from '../definition';
import { kerasInitializer, readInitializer, readInt } from '../keras';
import { asPadding, dilationIssues, windowOutputShape } from './arithmetic';
import {
  biasInitializerParam,
  convActivationParam,
  filtersParam,
  kernelInitializerParam,
  MAX_WINDOW,
  paddingParam,
  useBiasParam,
} from './convParams';
import { expectSequence } from './inputRank';
import { readConvBasics } from './kerasWindow';

export const conv1d = defineLayer({
  type: 'Conv1D',
  label: 'Conv 1D',
  category: 'Convolution',
  inputs: { min: 1, max: 1 },
  params: {
    filters: filtersParam,
    kernelSize: {
      kind: 'int',
      default: 3,
      min: 1,
      max: MAX_WINDOW,
      label: 'Kernel',
      help: 'How many consecutive steps each filter looks at.',
    },
    strides: {
      kind: 'int',
      default: 1,
      min: 1,
      max: MAX_WINDOW,
      label: 'Strides',
      help: 'How many steps the window moves each time; 2 halves the length.',
    },
    padding: paddingParam,
    dilation: {
      kind: 'int',
      default: 1,
      min: 1,
      max: MAX_WINDOW,
      label: 'Dilation',
      help: 'Gaps between the kernel taps; d spreads a k-step kernel over d·(k−1)+1 steps.',
    },
    activation: convActivationParam,
    useBias: useBiasParam,
    kernelInitializer: kernelInitializerParam,
    biasInitializer: biasInitializerParam,
  },
  keyParams: ['filters', 'kernelSize', 'activation'],
  doc: 'Slides small filters along a sequence (a signal, or a sentence of word vectors). Each filter looks at a few consecutive steps and all their features at once and gives one number per position, so every filter makes one output channel.',
  checkParams: (p) => dilationIssues(p.strides, p.dilation),
  inferShape(inputs, p) {
    const input = inputs[0]!;
    const rank = expectSequence('Conv1D', input);
    if (rank) return { ok: false, issue: rank };
    const out = windowOutputShape(
      'Conv1D',
      [input[0]!],
      [p.kernelSize],
      [p.strides],
      [p.dilation],
      asPadding(p.padding),
    );
    if (!out.ok) return out;
    return { ok: true, shape: [out.dims[0]!, p.filters] };
  },
  // Kernel K×Ci×Co, plus one bias per filter.
  paramCount: (inputs, p) => ({
    trainable: p.kernelSize * inputs[0]![1]! * p.filters + (p.useBias ? p.filters : 0),
    nonTrainable: 0,
  }),
  // Every output value Lo×Co is a K·Ci-term dot product.
  flops: (inputs, p, output) => output[0]! * p.filters * p.kernelSize * inputs[0]![1]!,
  toKeras: (p) => ({
    class_name: 'Conv1D',
    config: {
      filters: p.filters,
      kernel_size: [p.kernelSize],
      strides: [p.strides],
      padding: p.padding,
      data_format: 'channels_last',
      dilation_rate: [p.dilation],
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
    classNames: ['Conv1D'],
    read(_cls, c) {
      const basics = readConvBasics(c);
      if (!basics.ok) return basics;
      return {
        ok: true,
        params: {
          filters: typeof c.filters === 'number' ? c.filters : 32,
          kernelSize: readInt(c.kernel_size, 3),
          strides: readInt(c.strides, 1),
          padding: basics.padding,
          dilation: readInt(c.dilation_rate, 1),
          activation: basics.activation,
          useBias: basics.useBias,
          kernelInitializer: readInitializer(c.kernel_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
