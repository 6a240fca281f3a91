/** Parameter specs shared by the convolution layers (and the padding choice of pooling). */
import { ACTIVATION_OPTIONS, INITIALIZER_OPTIONS } from '../keras';
import type { BoolSpec, Int2Spec, IntSpec, SelectOption, SelectSpec } from '../params';

/** Largest kernel, stride, dilation or multiplier accepted: far beyond any real image. */
export const MAX_WINDOW = 1024;

export const PADDING_OPTIONS: readonly SelectOption[] = [
  { value: 'valid', label: 'Valid (no padding)' },
  { value: 'same', label: 'Same (pad with zeros)' },
];

export const paddingParam: SelectSpec = {
  kind: 'select',
  default: 'valid',
  options: PADDING_OPTIONS,
  label: 'Padding',
  help: "'valid' places the window only where it fits; 'same' pads so the output is ⌈input/stride⌉.",
};

export const filtersParam: IntSpec = {
  kind: 'int',
  default: 32,
  min: 1,
  max: 65_536,
  label: 'Filters',
  help: 'How many filters, and so how many output channels.',
};

export const kernel2Param: Int2Spec = {
  kind: 'int2',
  default: [3, 3],
  min: 1,
  max: MAX_WINDOW,
  label: 'Kernel',
  help: 'Height × width of the window each filter looks at.',
};

export const strides2Param: Int2Spec = {
  kind: 'int2',
  default: [1, 1],
  min: 1,
  max: MAX_WINDOW,
  label: 'Strides',
  help: 'How far the window moves each step, down × across; 2 halves the output size.',
};

export const dilation2Param: Int2Spec = {
  kind: 'int2',
  default: [1, 1],
  min: 1,
  max: MAX_WINDOW,
  label: 'Dilation',
  help: 'Gaps between the kernel taps; d spreads a k-wide kernel over d·(k−1)+1 pixels.',
};

export const depthMultiplierParam: IntSpec = {
  kind: 'int',
  default: 1,
  min: 1,
  max: MAX_WINDOW,
  label: 'Depth multiplier',
  help: 'How many filters each input channel gets of its own.',
};

export const convActivationParam: SelectSpec = {
  kind: 'select',
  default: 'relu',
  options: ACTIVATION_OPTIONS,
  label: 'Activation',
  help: 'The function applied to every output value.',
};

export const useBiasParam: BoolSpec = {
  kind: 'bool',
  default: true,
  label: 'Bias',
  help: 'Add a learned offset to every output channel.',
};

export const kernelInitializerParam: SelectSpec = {
  kind: 'select',
  default: 'glorot_uniform',
  options: INITIALIZER_OPTIONS,
  label: 'Kernel init',
  help: 'How the filter weights start before training.',
};

export const biasInitializerParam: SelectSpec = {
  kind: 'select',
  default: 'zeros',
  options: INITIALIZER_OPTIONS,
  label: 'Bias init',
  help: 'How the biases start before training.',
  visibleWhen: (v) => v.useBias === true,
};
