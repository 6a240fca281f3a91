import { defineLayer } from '../definition';
import { kerasInitializer, readInitializer, readPair } from '../keras';
import { asPadding, transposedOutputLength } from './arithmetic';
import {
  biasInitializerParam,
  convActivationParam,
  filtersParam,
  kernel2Param,
  kernelInitializerParam,
  paddingParam,
  strides2Param,
  useBiasParam,
} from './convParams';
import { expectImage } from './inputRank';
import { readConvBasics } from './kerasWindow';

/**
 * The output grows with the input, so it is never empty and a kernel larger than the input is
 * fine: each input pixel paints a Kh×Kw patch of the output, patches s apart.
 */
export const conv2dTranspose = defineLayer({
  type: 'Conv2DTranspose',
  label: 'Conv 2D Transpose',
  category: 'Convolution',
  inputs: { min: 1, max: 1 },
  params: {
    filters: filtersParam,
    kernelSize: kernel2Param,
    strides: {
      ...strides2Param,
      default: [2, 2],
      help: 'How much larger the output is: 2 doubles height and width.',
    },
    padding: {
      ...paddingParam,
      default: 'same',
      help: "'same' gives exactly input×stride; 'valid' adds max(kernel − stride, 0) more.",
    },
    activation: convActivationParam,
    useBias: useBiasParam,
    kernelInitializer: kernelInitializerParam,
    biasInitializer: biasInitializerParam,
  },
  keyParams: ['filters', 'kernelSize', 'strides'],
  doc: 'Runs a convolution backwards to make an image larger: every input pixel spreads a learned Kh×Kw patch into the output, patches a stride apart, and overlaps add up. Decoders, autoencoders and GAN generators use it to grow small feature maps into images.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    const rank = expectImage('Conv2DTranspose', input);
    if (rank) return { ok: false, issue: rank };
    const padding = asPadding(p.padding);
    // 'valid': n·s + max(k − s, 0), i.e. (n − 1)·s + k when k ≥ s; 'same': n·s.
    const dims = [0, 1].map((i) =>
      transposedOutputLength(input[i]!, p.kernelSize[i]!, p.strides[i]!, padding),
    );
    return { ok: true, shape: [...dims, p.filters] };
  },
  // Kernel Kh×Kw×Co×Ci, plus one bias per filter.
  paramCount: (inputs, p) => {
    const [kh, kw] = p.kernelSize;
    const ci = inputs[0]![2]!;
    return { trainable: kh * kw * p.filters * ci + (p.useBias ? p.filters : 0), nonTrainable: 0 };
  },
  // Every input value H×W×Ci is multiplied into a Kh×Kw×Co patch.
  flops: (inputs, p) => {
    const [h, w, ci] = inputs[0]!;
    const [kh, kw] = p.kernelSize;
    return h! * w! * ci! * kh * kw * p.filters;
  },
  toKeras: (p) => ({
    class_name: 'Conv2DTranspose',
    config: {
      filters: p.filters,
      kernel_size: [...p.kernelSize],
      strides: [...p.strides],
      padding: p.padding,
      output_padding: null,
      data_format: 'channels_last',
      dilation_rate: [1, 1],
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
    classNames: ['Conv2DTranspose'],
    read(_cls, c) {
      const basics = readConvBasics(c);
      if (!basics.ok) return basics;
      if (c.output_padding !== undefined && c.output_padding !== null) {
        return { ok: false, message: 'output_padding is not supported in Conv2DTranspose' };
      }
      const dilation = readPair(c.dilation_rate, [1, 1]);
      if (dilation[0] !== 1 || dilation[1] !== 1) {
        return {
          ok: false,
          message: `dilation_rate ${dilation.join('×')} is not supported in Conv2DTranspose`,
        };
      }
      return {
        ok: true,
        params: {
          filters: typeof c.filters === 'number' ? c.filters : 32,
          kernelSize: readPair(c.kernel_size, [3, 3]),
          strides: readPair(c.strides, [1, 1]),
          padding: basics.padding,
          activation: basics.activation,
          useBias: basics.useBias,
          kernelInitializer: readInitializer(c.kernel_initializer, 'glorot_uniform'),
          biasInitializer: readInitializer(c.bias_initializer, 'zeros'),
        },
      };
    },
  },
});
