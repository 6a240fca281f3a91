/** Reading window settings from Keras configs, and Keras' 'same' padding as explicit ONNX pads. */
import { readInt, readPair } from '../../../layers/keras';

type Config = Readonly<Record<string, unknown>>;

/** kernel_size, strides, dilation_rate… as one number per spatial axis (1 for Conv1D, 2 for 2-D). */
export function windowSetting(config: Config, key: string, axes: number, fallback = 1): number[] {
  return axes === 1
    ? [readInt(config[key], fallback)]
    : [...readPair(config[key], [fallback, fallback])];
}

/**
 * ONNX `pads` ([begin per axis…, end per axis…]) for a convolution or pooling window.
 * 'same' pads so that the output has ⌈n/s⌉ positions: in total
 * max((⌈n/s⌉ − 1)·s + d·(k − 1) + 1 − n, 0), half of it before and the odd one after, as
 * TensorFlow does. ONNX's auto_pad is avoided because runtimes disagree on where the odd one goes.
 */
export function windowPads(
  sizes: readonly number[],
  kernel: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
  padding: unknown,
): number[] {
  if (padding !== 'same') return new Array<number>(2 * sizes.length).fill(0);
  const totals = sizes.map((n, i) => {
    const effective = dilations[i]! * (kernel[i]! - 1) + 1;
    return Math.max((Math.ceil(n / strides[i]!) - 1) * strides[i]! + effective - n, 0);
  });
  return [...totals.map((t) => Math.floor(t / 2)), ...totals.map((t) => t - Math.floor(t / 2))];
}
