import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor4D } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../../compiler/tf';
import { selectBackend } from '../select';
import { isComposedKernel } from './register';
import { onBackend, relativeError, seededValues } from '../testing/compare';
import {
  CONV_CASES,
  count,
  dyShapeOf,
  filterShapeOf,
  spreadFilter,
  type ConvCase,
} from '../testing/convCases';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

/** The input gradient for one case; the reference spreads a dilated filter out (convCases.ts). */
function inputGradient(k: ConvCase, reference: boolean) {
  const filter = seededValues(count(filterShapeOf(k)), 3);
  const dy = seededValues(count(dyShapeOf(tf, k)), 4);
  const dilated = k.dilations.some((d) => d > 1);
  const taps =
    reference && dilated
      ? spreadFilter(filter, filterShapeOf(k), k.dilations)
      : { shape: filterShapeOf(k), values: filter };
  return () => {
    const attrs = {
      strides: k.strides,
      pad: k.pad,
      dataFormat: k.nchw ? 'NCHW' : 'NHWC',
      inputShape: k.x,
      ...(reference ? {} : { dilations: k.dilations }),
    };
    const inputs = {
      dy: tf.tensor(dy, dyShapeOf(tf, k)),
      filter: tf.tensor(taps.values, taps.shape),
    };
    return tf.engine().runKernel('Conv2DBackpropInput', inputs, attrs) as Tensor4D;
  };
}

describe('Conv2DBackpropInput on wasm, composed from its fast convolution', () => {
  it('replaces the backend’s own kernel', () => {
    expect(isComposedKernel(tf.getKernel('Conv2DBackpropInput', 'wasm')?.kernelFunc)).toBe(true);
  });

  it.each(CONV_CASES)('$name matches the cpu backend', async (k) => {
    const [expected] = await onBackend(tf, 'cpu', inputGradient(k, true));
    const [actual] = await onBackend(tf, 'wasm', inputGradient(k, false));
    expect(actual!.shape).toEqual(expected!.shape);
    expect(relativeError(actual!.values, expected!.values)).toBeLessThan(1e-5);
  });

  it('frees every intermediate it makes', async () => {
    await tf.setBackend('wasm');
    const held = tf.backend().numDataIds();
    for (let i = 0; i < 3; i++) await onBackend(tf, 'wasm', inputGradient(CONV_CASES[3]!, false));
    expect(tf.backend().numDataIds()).toBe(held);
  });
});
