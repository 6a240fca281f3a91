import { beforeAll, describe, expect, it } from 'vitest';
import type { KernelBackend, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { convCase, count, filterShapeOf, type ConvCase } from '../testing/convCases';
import type { FourD, Pad } from './geometry';
import { heapMemory, heapOf } from './heap';
import { KernelScope } from './kernelScope';
import {
  SPARSE_LIMIT,
  nonzeroFraction,
  sparseFilterGradient,
  sparseInputGradient,
} from './sparseConvGradients';

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
  stride: number | [number, number],
  pad: Pad,
) => convCase(name, x, kernel, outChannels, stride, 1, pad);

// Geometries where a window's rows are whole groups of four floats (KW·Ci), the only ones the
// sparse way takes: paddings of every kind, strides, odd and even kernels, a realistic layer.
const CASES: ConvCase[] = [
  c('3x3 valid, 4 channels', [2, 7, 7, 4], [3, 3], 5, 1, 'valid'),
  c('3x3 same, 4 channels', [2, 7, 7, 4], [3, 3], 3, 1, 'same'),
  c('3x3 same stride 2, odd input', [2, 7, 7, 4], [3, 3], 3, 2, 'same'),
  c('2x2 valid stride 2, a row left unread', [2, 9, 9, 2], [2, 2], 2, 2, 'valid'),
  c('4x4 same, one channel (padding 1 before, 2 after)', [1, 9, 9, 1], [4, 4], 3, 1, 'same'),
  c('3x2 same, strides 2 and 1', [2, 9, 8, 2], [3, 2], 4, [2, 1], 'same'),
  c('1x1 stride 2, 8 channels', [2, 6, 6, 8], [1, 1], 4, 2, 'valid'),
  c('3x3 explicit padding', [2, 6, 7, 4], [3, 3], 3, 1, [
    [0, 0],
    [1, 2],
    [0, 1],
    [0, 0],
  ]),
  c('second layer of a digit classifier', [4, 13, 13, 8], [3, 3], 16, 1, 'valid'),
];

const filterShape = filterShapeOf;
const info = (k: ConvCase) =>
  tf.backend_util.computeConv2DInfo(k.x, filterShape(k), k.strides, 1, k.pad as never);

/** Seeded values with three in four set to zero, as below a ReLU and a 2×2 max pooling. */
function sparseValues(n: number, seed: number): Float32Array {
  const values = seededValues(n, seed);
  const keep = seededValues(n, seed + 1);
  return values.map((v, i) => (keep[i]! < -0.5 ? v : 0));
}

function tensors(k: ConvCase, dyValues?: Float32Array) {
  const dyShape = info(k).outShape;
  return {
    x: tf.tensor4d(seededValues(count(k.x), 1), k.x),
    filter: tf.tensor4d(seededValues(count(filterShape(k)), 2), filterShape(k)),
    dy: tf.tensor4d(dyValues ?? sparseValues(count(dyShape), 3), dyShape as FourD),
  };
}

const attrsOf = (k: ConvCase) => ({ strides: k.strides, pad: k.pad, dataFormat: 'NHWC' });

function inputGradient(k: ConvCase) {
  return () => {
    const { dy, filter } = tensors(k);
    const attrs = { ...attrsOf(k), inputShape: k.x };
    return tf.engine().runKernel('Conv2DBackpropInput', { dy, filter }, attrs) as Tensor4D;
  };
}

function filterGradient(k: ConvCase) {
  return () => {
    const { x, dy } = tensors(k);
    const attrs = { ...attrsOf(k), filterShape: filterShape(k) };
    return tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, attrs) as Tensor4D;
  };
}

/** Calls the sparse way itself on wasm: its result, or null where it declines. */
function direct(
  kind: 'input' | 'filter',
  k: ConvCase,
  values: Partial<Record<string, Float32Array>>,
) {
  const backend = tf.backend() as KernelBackend;
  const heap = heapOf(backend)!;
  const memory = heapMemory(backend)!;
  const scope = new KernelScope(tf, backend, 'wasm');
  const made = tensors(k, values.dy);
  const x = values.x ? tf.tensor4d(values.x, k.x) : made.x;
  const filter = values.filter ? tf.tensor4d(values.filter, filterShape(k)) : made.filter;
  try {
    const out =
      kind === 'input'
        ? sparseInputGradient(heap, memory, made.dy, filter, info(k))
        : sparseFilterGradient(scope, backend, x, made.dy, info(k));
    if (!out) return null;
    const values = Float32Array.from(heap.typedArrayFromHeap(out) as Float32Array);
    backend.disposeData(out.dataId);
    return values;
  } finally {
    scope.dispose();
    tf.dispose([made.x, made.filter, made.dy, x, filter]);
  }
}

describe('convolution gradients from a mostly-zero dy, on wasm', () => {
  it.each(CASES)('$name: the input gradient matches the cpu backend', async (k) => {
    await tf.setBackend('wasm');
    expect(direct('input', k, {})).not.toBeNull();
    const [expected] = await onBackend(tf, 'cpu', inputGradient(k));
    const [actual] = await onBackend(tf, 'wasm', inputGradient(k));
    expect(actual!.shape).toEqual(k.x);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it.each(CASES)('$name: the filter gradient matches the cpu backend', async (k) => {
    await tf.setBackend('wasm');
    expect(direct('filter', k, {})).not.toBeNull();
    const [expected] = await onBackend(tf, 'cpu', filterGradient(k));
    const [actual] = await onBackend(tf, 'wasm', filterGradient(k));
    expect(actual!.shape).toEqual(filterShape(k));
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('declines a dense dy, and data that is not finite, leaving them to the dense way', async () => {
    await tf.setBackend('wasm');
    const k = CASES[0]!;
    const dyCount = count(info(k).outShape);
    const dense = seededValues(dyCount, 3);
    expect(direct('input', k, { dy: dense })).toBeNull();
    expect(direct('filter', k, { dy: dense })).toBeNull();
    const withNaN = seededValues(count(filterShape(k)), 2);
    withNaN[5] = Number.NaN;
    expect(direct('input', k, { filter: withNaN })).toBeNull();
    const withInfinity = seededValues(count(k.x), 1);
    withInfinity[7] = Number.POSITIVE_INFINITY;
    expect(direct('filter', k, { x: withInfinity })).toBeNull();
    // Through the registry, a zero of dy times the infinite value is NaN, as on cpu.
    const run = () => {
      const x = tf.tensor4d(withInfinity, k.x);
      const dy = tf.tensor4d(sparseValues(dyCount, 3), info(k).outShape as FourD);
      const attrs = { ...attrsOf(k), filterShape: filterShape(k) };
      return tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, attrs) as Tensor;
    };
    const [expected] = await onBackend(tf, 'cpu', run);
    const [actual] = await onBackend(tf, 'wasm', run);
    const nan = (values: Float32Array) => Array.from(values, (v) => Number.isNaN(v));
    expect(nan(actual!.values)).toEqual(nan(expected!.values));
    expect(nan(actual!.values)).toContain(true);
  });

  it('declines a window whose rows are not whole groups of four floats', async () => {
    await tf.setBackend('wasm');
    const firstLayer = c('3x3 on one channel', [2, 10, 10, 1], [3, 3], 8, 1, 'valid');
    expect(direct('input', firstLayer, {})).toBeNull();
    expect(direct('filter', firstLayer, {})).toBeNull();
  });

  it('frees every intermediate it makes', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (const k of [CASES[1]!, CASES[7]!]) {
      await onBackend(tf, 'wasm', inputGradient(k));
      await onBackend(tf, 'wasm', filterGradient(k));
    }
    expect(tf.backend().numDataIds()).toBe(held);
  });

  it.each([
    { name: 'nothing', values: [], fraction: 0 },
    { name: 'all zeros', values: [0, 0, 0, 0], fraction: 0 },
    { name: 'one in four', values: [0, 3, 0, 0, 0, -1, 0, 0], fraction: 0.25 },
    { name: 'NaN counts as nonzero', values: [Number.NaN, 0], fraction: 0.5 },
    { name: 'negative zero is zero', values: [-0, 1], fraction: 0.5 },
  ])('counts nonzero values: $name', ({ values, fraction }) => {
    expect(nonzeroFraction(values)).toBe(fraction);
  });

  it('samples a long tensor evenly', () => {
    const values = sparseValues(100_000, 9);
    const exact = values.filter((v) => v !== 0).length / values.length;
    expect(Math.abs(nonzeroFraction(values) - exact)).toBeLessThan(0.05);
    expect(nonzeroFraction(values)).toBeLessThan(SPARSE_LIMIT);
  });
});
