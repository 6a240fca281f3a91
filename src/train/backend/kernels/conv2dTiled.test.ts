import { beforeAll, describe, expect, it } from 'vitest';
import type { KernelBackend, Tensor } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { count, spreadFilter } from '../testing/convCases';
import { tiledConv2D, type Conv2DAttrs } from './conv2dTiled';
import type { FourD, Pad } from './geometry';
import { isComposedKernel } from './register';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

interface Case {
  name: string;
  x: FourD;
  filter: FourD;
  strides: number;
  pad: Pad;
  dilations?: number;
}

const c = (
  name: string,
  x: FourD,
  filter: FourD,
  strides: number,
  pad: Pad,
  dilations = 1,
): Case => ({ name, x, filter, strides, pad, dilations });

// One input channel, no padding: output channels 8, 16 and 24 (one and several tiles of two
// groups of four); batches of 1 and 32; odd and even kernels up to 5×5; strides 1 and 2;
// rows and columns left unread; dilation; odd output widths (a last tile of one position).
const CASES: Case[] = [
  c('digit classifier, batch 32', [32, 28, 28, 1], [3, 3, 1, 8], 1, 'valid'),
  c('batch 1, 16 channels out', [1, 7, 7, 1], [3, 3, 1, 16], 1, 'valid'),
  c('24 channels out, even width', [2, 9, 10, 1], [3, 3, 1, 24], 1, 'valid'),
  c('stride 2, odd input', [2, 9, 9, 1], [3, 3, 1, 8], 2, 'valid'),
  c('5x5, batch 32', [32, 12, 12, 1], [5, 5, 1, 8], 1, 'valid'),
  c('4x4', [2, 8, 9, 1], [4, 4, 1, 16], 1, 'valid'),
  c('2x2 stride 2, a row and a column unread', [2, 9, 9, 1], [2, 2, 1, 8], 2, 'valid'),
  c('3x1 stride 2', [3, 11, 6, 1], [3, 1, 1, 8], 2, 'valid'),
  c('dilation 2', [2, 10, 11, 1], [3, 3, 1, 8], 1, 'valid', 2),
  c('explicit padding of zeros', [2, 6, 7, 1], [3, 3, 1, 8], 1, [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
  ]),
];

const attrsOf = (k: Case): Conv2DAttrs => ({
  strides: k.strides,
  pad: k.pad,
  dataFormat: 'NHWC',
  dilations: k.dilations ?? 1,
});

const inputs = (k: Case) => ({
  x: seededValues(count(k.x), 5),
  filter: seededValues(count(k.filter), 6),
});

/** tfjs's reference convolution, with a dilated filter written out at its full reach. */
function reference(k: Case) {
  const { x, filter } = inputs(k);
  const d = k.dilations ?? 1;
  const wide = spreadFilter(filter, k.filter, [d, d]);
  return () =>
    tf.conv2d(tf.tensor4d(x, k.x), tf.tensor4d(wide.values, wide.shape), k.strides, k.pad as never);
}

function tiled(k: Case) {
  const { x, filter } = inputs(k);
  return () => {
    const backend = tf.backend() as KernelBackend;
    const xs = tf.tensor4d(x, k.x);
    const out = tiledConv2D(backend, xs, tf.tensor4d(filter, k.filter), attrsOf(k));
    if (!out) throw new Error('the tiled convolution declined');
    return tf.engine().makeTensorFromTensorInfo(out) as Tensor;
  };
}

describe('a one-channel first layer’s convolution as SIMD tiles on the wasm heap', () => {
  it('is what the wasm backend’s Conv2D runs', () => {
    expect(isComposedKernel(tf.getKernel('Conv2D', 'wasm')?.kernelFunc)).toBe(true);
  });

  it.each(CASES)('$name matches the cpu backend', async (k) => {
    const [expected] = await onBackend(tf, 'cpu', reference(k));
    const [actual] = await onBackend(tf, 'wasm', tiled(k));
    expect(actual!.shape).toEqual(expected!.shape);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it.each([
    c('output channels not in eights', [1, 6, 6, 1], [3, 3, 1, 4], 1, 'valid'),
    c('two input channels', [1, 6, 6, 2], [3, 3, 2, 8], 1, 'valid'),
    c('padding to write out', [1, 6, 6, 1], [3, 3, 1, 8], 1, 'same'),
    c('a 7x7 filter', [1, 9, 9, 1], [7, 7, 1, 8], 1, 'valid'),
  ])('declines $name (the backend’s own kernel runs)', async (k) => {
    await tf.setBackend('wasm');
    const xs = tf.zeros(k.x);
    const fs = tf.zeros(k.filter);
    expect(tiledConv2D(tf.backend() as KernelBackend, xs, fs, attrsOf(k))).toBeNull();
    tf.dispose([xs, fs]);
  });

  it('keeps nothing but its result', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (const k of [CASES[2]!, CASES[3]!]) await onBackend(tf, 'wasm', tiled(k));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
