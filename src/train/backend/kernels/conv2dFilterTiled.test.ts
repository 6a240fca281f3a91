import { beforeAll, describe, expect, it } from 'vitest';
import type { KernelBackend, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { convCase, count, dyShapeOf, filterShapeOf, type ConvCase } from '../testing/convCases';
import { tiledFilterGradient } from './conv2dFilterTiled';
import { planTiles, tileSize, type TileGeometry } from './filterGradientTiles';
import type { FourD, Pad } from './geometry';
import { KernelScope } from './kernelScope';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const c = (
  name: string,
  x: FourD,
  kernel: [number, number],
  outChannels: number,
  stride: number,
  pad: Pad,
  dilation = 1,
): ConvCase => convCase(name, x, kernel, outChannels, stride, dilation, pad);

// Input channels 1, 3, 6 and 16 (tiles of several channels, and a last tile with fewer);
// output channels in whole groups of four and not (1, 3, 5, 6: lanes beyond the last channel);
// batches of 1 and 32; odd and even kernels; strides 1 and 2; 'same', 'valid' and explicit
// padding; dilation.
const CASES: ConvCase[] = [
  c('digit classifier, first layer, batch 32', [32, 28, 28, 1], [3, 3], 8, 1, 'valid'),
  c('digit classifier, second layer, batch 32', [32, 13, 13, 8], [3, 3], 16, 1, 'valid'),
  c('1 → 1 channel, batch 1', [1, 6, 6, 1], [3, 3], 1, 1, 'valid'),
  c('3 → 5 channels, same', [2, 9, 9, 3], [3, 3], 5, 1, 'same'),
  c('3 → 6 channels, 5x5 same, batch 32', [32, 12, 12, 3], [5, 5], 6, 1, 'same'),
  c('6 → 3 channels, stride 2 valid, even input', [1, 10, 10, 6], [3, 3], 3, 2, 'valid'),
  c('6 → 16 channels, stride 2 same, odd input', [2, 9, 9, 6], [3, 3], 16, 2, 'same'),
  c('16 → 16 channels, same', [2, 8, 8, 16], [3, 3], 16, 1, 'same'),
  c('16 → 6 channels, 2x2 valid stride 2, a row unread', [1, 9, 9, 16], [2, 2], 6, 2, 'valid'),
  c('16 → 32 channels, 1x1', [4, 5, 5, 16], [1, 1], 32, 1, 'valid'),
  c('1 → 20 channels, 4x4 same (1 before, 2 after)', [3, 9, 9, 1], [4, 4], 20, 1, 'same'),
  c('3 → 4 channels, 2x2 same stride 2, odd padding', [2, 7, 7, 3], [2, 2], 4, 2, 'same'),
  c('3 → 3 channels, 3x3 same dilation 2', [2, 10, 10, 3], [3, 3], 3, 1, 'same', 2),
  c('6 → 4 channels, explicit padding', [2, 6, 7, 6], [3, 3], 4, 1, [
    [0, 0],
    [2, 0],
    [1, 3],
    [0, 0],
  ]),
  c('1 → 8 channels, 7x1 same', [2, 11, 5, 1], [7, 1], 8, 1, 'same'),
];

function inputs(k: ConvCase) {
  return {
    x: seededValues(count(k.x), 3),
    dy: seededValues(count(dyShapeOf(tf, k)), 4),
  };
}

/** tfjs's reference kernel; a dilated filter's gradient is read from its full reach. */
function reference(k: ConvCase) {
  const { x, dy } = inputs(k);
  const [KH, KW, Ci, Co] = filterShapeOf(k);
  const [dh, dw] = k.dilations;
  const filterShape = [(KH - 1) * dh + 1, (KW - 1) * dw + 1, Ci, Co];
  return () => {
    const dW = tf
      .engine()
      .runKernel(
        'Conv2DBackpropFilter',
        { x: tf.tensor(x, k.x), dy: tf.tensor(dy, dyShapeOf(tf, k)) },
        { strides: k.strides, pad: k.pad, dataFormat: 'NHWC', filterShape },
      ) as Tensor4D;
    return tf.stridedSlice(dW, [0, 0, 0, 0], dW.shape, [dh, dw, 1, 1]) as Tensor4D;
  };
}

/** The tiled gradient on the wasm backend's heap, or an error if it declined. */
function tiled(k: ConvCase) {
  const { x, dy } = inputs(k);
  const filterShape = filterShapeOf(k);
  return () => {
    const backend = tf.backend() as KernelBackend;
    const xs = tf.tensor(x, k.x);
    const dys = tf.tensor(dy, dyShapeOf(tf, k));
    const info = tf.backend_util.computeConv2DInfo(k.x, filterShape, k.strides, k.dilations, k.pad);
    const scope = new KernelScope(tf, backend, 'wasm');
    try {
      const out = tiledFilterGradient(scope, backend, xs, dys, info, filterShape);
      if (!out) throw new Error('the tiled filter gradient declined');
      return tf.engine().makeTensorFromTensorInfo(scope.keep(out)) as Tensor;
    } finally {
      scope.dispose();
    }
  };
}

describe('the filter gradient as SIMD tiles on the wasm heap', () => {
  it.each(CASES)('$name matches the cpu backend', async (k) => {
    const [expected] = await onBackend(tf, 'cpu', reference(k));
    const [actual] = await onBackend(tf, 'wasm', tiled(k));
    expect(actual!.shape).toEqual(expected!.shape);
    // Sums of up to 32·26·26 products in float32, in another order than the reference's.
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('frees every intermediate it makes (padding, and the padded sums)', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (const k of [CASES[3]!, CASES[7]!]) await onBackend(tf, 'wasm', tiled(k));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});

describe('tiles', () => {
  const geometry = (inChannels: number, outChannels: number, taps: number): TileGeometry => ({
    inChannels,
    vectors: Math.ceil(outChannels / 4),
    outChannels,
    outHeight: 1,
    outWidth: 1,
    xPixel: inChannels,
    xRow: inChannels,
    xImage: inChannels,
    tapOffsets: Array.from({ length: taps }, (_, t) => t * inChannels),
  });

  it.each([
    [1, 1, 1],
    [1, 8, 9],
    [8, 16, 9],
    [3, 6, 25],
    [16, 32, 9],
    [64, 64, 9],
    [5, 13, 7],
  ])('%i → %i channels, %i taps: every sum in exactly one tile', (ci, co, taps) => {
    const g = geometry(ci, co, taps);
    const seen = new Map<string, number>();
    for (const tile of planTiles(g)) {
      // A tile's first input channel and first group of output channels, from its offsets.
      const [channel, vector] = [tile.x / 4, tile.dy / 16];
      const { firstTap, taps: n, channels, vectors } = tile.shape;
      for (let t = firstTap; t < firstTap + n; t++)
        for (let c = channel; c < channel + channels; c++)
          for (let v = vector; v < vector + vectors; v++) {
            const key = `${t},${c},${v}`;
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
    }
    expect(seen.size).toBe(taps * ci * g.vectors);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    for (const key of seen.keys()) {
      const [t, c, v] = key.split(',').map(Number);
      expect(t! < taps && c! < ci && v! < g.vectors).toBe(true);
    }
  });

  it.each([
    [1, 1],
    [1, 2],
    [8, 4],
    [3, 2],
    [64, 16],
  ])('a tile for %i input channels and %i vectors fits in 16 registers', (ci, vectors) => {
    const size = tileSize(ci, vectors, 9);
    expect(size.taps * size.channels * size.vectors + size.vectors + 2).toBeLessThanOrEqual(16);
  });
});
