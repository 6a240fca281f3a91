import { beforeAll, describe, expect, it } from 'vitest';
import type { KernelBackend, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import { CONV_CASES, count, dyShapeOf, filterShapeOf, type ConvCase } from '../testing/convCases';
import { conv2dFilterGradient, type FilterGradientAttrs } from './conv2dBackpropFilter';
import { KernelScope } from './kernelScope';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

/**
 * The filter gradient for one case. On the reference side (the cpu backend, whose kernel takes
 * no dilation) a dilated filter's gradient is the undilated gradient over its full reach,
 * (K−1)·d + 1 taps, read back at every d-th tap.
 */
function filterGradient(k: ConvCase, reference: boolean, composed = false) {
  const x = seededValues(count(k.x), 1);
  const dy = seededValues(count(dyShapeOf(tf, k)), 2);
  const dilated = k.dilations.some((d) => d > 1);
  const [KH, KW, Ci, Co] = filterShapeOf(k);
  const reach = (n: number, d: number) => (n - 1) * d + 1;
  const filterShape =
    reference && dilated
      ? [reach(KH, k.dilations[0]), reach(KW, k.dilations[1]), Ci, Co]
      : [KH, KW, Ci, Co];
  return () => {
    const attrs = {
      strides: k.strides,
      pad: k.pad,
      dataFormat: k.nchw ? 'NCHW' : 'NHWC',
      filterShape,
      ...(reference ? {} : { dilations: k.dilations }),
    };
    const inputs = { x: tf.tensor(x, k.x), dy: tf.tensor(dy, dyShapeOf(tf, k)) };
    if (composed) return composedGradient(inputs, attrs as FilterGradientAttrs);
    const dW = tf.engine().runKernel('Conv2DBackpropFilter', inputs, attrs) as Tensor4D;
    if (!reference || !dilated) return dW;
    return tf.stridedSlice(dW, [0, 0, 0, 0], dW.shape, [...k.dilations, 1, 1]) as Tensor4D;
  };
}

/** The gradient composed from the backend's kernels, as where the SIMD tiles do not apply. */
function composedGradient(inputs: { x: Tensor; dy: Tensor }, attrs: FilterGradientAttrs) {
  const scope = new KernelScope(tf, tf.backend() as KernelBackend, 'wasm');
  try {
    const dW = conv2dFilterGradient(scope, inputs.x, inputs.dy, attrs);
    return tf.engine().makeTensorFromTensorInfo(scope.keep(dW)) as Tensor4D;
  } finally {
    scope.dispose();
  }
}

describe('Conv2DBackpropFilter on wasm (SIMD tiles, or composed for channels first)', () => {
  it.each(CONV_CASES)('$name matches the cpu backend', async (k) => {
    const [expected] = await onBackend(tf, 'cpu', filterGradient(k, true));
    const [actual] = await onBackend(tf, 'wasm', filterGradient(k, false));
    expect(actual!.shape).toEqual(expected!.shape);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('frees every intermediate it makes', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (let i = 0; i < 3; i++) await onBackend(tf, 'wasm', filterGradient(CONV_CASES[3]!, false));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});

describe('Conv2DBackpropFilter composed from wasm kernels', () => {
  it.each(CONV_CASES)('$name matches the cpu backend', async (k) => {
    const [expected] = await onBackend(tf, 'cpu', filterGradient(k, true));
    const [actual] = await onBackend(tf, 'wasm', filterGradient(k, false, true));
    expect(actual!.shape).toEqual(expected!.shape);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('frees every intermediate it makes', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (let i = 0; i < 3; i++)
      await onBackend(tf, 'wasm', filterGradient(CONV_CASES[3]!, false, true));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
