import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor, Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { count, spreadFilter } from '../testing/convCases';
import type { FourD, Pad } from './geometry';

interface Case {
  name: string;
  x: FourD;
  kernel: [number, number];
  multiplier: number;
  strides: [number, number];
  dilations: [number, number];
  pad: Pad;
}

const c = (
  name: string,
  x: Case['x'],
  kernel: Case['kernel'],
  multiplier: number,
  stride: number | [number, number],
  dilation: number,
  pad: Pad,
): Case => ({
  name,
  x,
  kernel,
  multiplier,
  strides: typeof stride === 'number' ? [stride, stride] : stride,
  dilations: [dilation, dilation],
  pad,
});

const CASES: Case[] = [
  c('3x3 valid', [2, 7, 7, 3], [3, 3], 1, 1, 1, 'valid'),
  c('3x3 same, multiplier 2', [2, 7, 7, 3], [3, 3], 2, 1, 1, 'same'),
  c('3x3 valid stride 2', [2, 8, 8, 2], [3, 3], 1, 2, 1, 'valid'),
  c('3x3 same stride 2, multiplier 3', [2, 7, 7, 2], [3, 3], 3, 2, 1, 'same'),
  c('2x2 same stride 2 (odd total padding)', [3, 7, 7, 1], [2, 2], 2, 2, 1, 'same'),
  c('4x4 same', [1, 9, 9, 2], [4, 4], 1, 1, 1, 'same'),
  c('2x2 valid stride 2, a row left unread', [2, 9, 9, 3], [2, 2], 1, 2, 1, 'valid'),
  c('3x3 same dilation 2', [2, 10, 10, 2], [3, 3], 2, 1, 2, 'same'),
  c('3x3 valid dilation 2', [2, 9, 9, 3], [3, 3], 1, 1, 2, 'valid'),
  c('3x2 same, strides 2 and 1', [2, 9, 8, 3], [3, 2], 2, [2, 1], 1, 'same'),
  c('3x3 numeric padding 1, stride 2', [2, 8, 8, 2], [3, 3], 1, 2, 1, 1),
  c('1x1 stride 2', [2, 6, 6, 3], [1, 1], 2, 2, 1, 'valid'),
  c('one image', [1, 6, 6, 4], [3, 3], 1, 1, 1, 'same'),
];

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

function filterShape(k: Case): FourD {
  return [k.kernel[0], k.kernel[1], k.x[3], k.multiplier];
}

function dyShape(k: Case): number[] {
  return tf.backend_util.computeConv2DInfo(
    k.x,
    filterShape(k),
    k.strides,
    k.dilations,
    k.pad,
    undefined,
    true,
  ).outShape;
}

/**
 * Both gradients for one case. tfjs's cpu kernels take a dilation attribute but only use it
 * for the padding (tfjs refuses to differentiate dilated depthwise convolutions), so on the
 * reference side a dilated filter is written out at its full reach with zeros between taps,
 * and the filter gradient is read back at those taps.
 */
function bothGradients(k: Case, reference: boolean) {
  const x = seededValues(count(k.x), 5);
  const filter = seededValues(count(filterShape(k)), 6);
  const dy = seededValues(count(dyShape(k)), 7);
  const spread = reference && k.dilations.some((d) => d > 1);
  const wide = spread
    ? spreadFilter(filter, filterShape(k), k.dilations)
    : { shape: filterShape(k), values: filter };
  return () => {
    const attrs = { strides: k.strides, dilations: spread ? 1 : k.dilations, pad: k.pad };
    const dyT = tf.tensor(dy, dyShape(k));
    let dFilter = tf
      .engine()
      .runKernel(
        'DepthwiseConv2dNativeBackpropFilter',
        { x: tf.tensor(x, k.x), dy: dyT },
        { ...attrs, filterShape: wide.shape },
      ) as Tensor4D;
    if (spread) {
      dFilter = tf.stridedSlice(dFilter, [0, 0, 0, 0], dFilter.shape, [
        ...k.dilations,
        1,
        1,
      ]) as Tensor4D;
    }
    const dInput = tf
      .engine()
      .runKernel(
        'DepthwiseConv2dNativeBackpropInput',
        { dy: dyT, filter: tf.tensor(wide.values, wide.shape) },
        { ...attrs, inputShape: k.x },
      ) as Tensor4D;
    return [dFilter, dInput];
  };
}

describe('depthwise convolution gradients on wasm', () => {
  it.each(CASES)('$name: filter and input gradients match the cpu backend', async (k) => {
    const expected = await onBackend(tf, 'cpu', bothGradients(k, true));
    const actual = await onBackend(tf, 'wasm', bothGradients(k, false));
    for (const [i, want] of expected.entries()) {
      expect(actual[i]!.shape).toEqual(want.shape);
      expect(relativeError(actual[i]!.values, want.values)).toBeLessThan(1e-5);
    }
  });

  it('give the gradients of a separable convolution that tf.grads computes on cpu', async () => {
    const x = seededValues(2 * 9 * 9 * 3, 8);
    const depth = seededValues(3 * 3 * 3 * 2, 9);
    const point = seededValues(1 * 1 * 6 * 4, 10);
    const gradients = () => {
      const loss = (a: Tensor, b: Tensor, p: Tensor) =>
        tf
          .separableConv2d(a as Tensor4D, b as Tensor4D, p as Tensor4D, 2, 'same')
          .square()
          .sum();
      return tf.grads(loss)([
        tf.tensor4d(x, [2, 9, 9, 3]),
        tf.tensor4d(depth, [3, 3, 3, 2]),
        tf.tensor4d(point, [1, 1, 6, 4]),
      ]);
    };
    const expected = await onBackend(tf, 'cpu', gradients);
    const actual = await onBackend(tf, 'wasm', gradients);
    for (const [i, want] of expected.entries()) {
      expect(relativeError(actual[i]!.values, want.values)).toBeLessThan(1e-5);
    }
  });

  it('frees every intermediate they make', async () => {
    const k = CASES[3]!;
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (let i = 0; i < 3; i++) await onBackend(tf, 'wasm', bothGradients(k, false));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
