import { beforeAll, describe, expect, it } from 'vitest';
import type { Optimizer, Tensor, Variable } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../compiler/tf';
import { selectBackend } from '../backend/select';
import { relativeError, seededValues } from '../backend/testing/compare';
import { ADAM_UPDATE } from '../backend/kernels/adamUpdate';
import { adam, type FusedAdam } from './fusedAdam';

let tf: Tf;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
});

const SHAPES = [[5, 3], [3], [2, 2, 2, 4]];
let made = 0;

/** Fresh variables with seeded starting values, and the seeded gradients of step `s`. */
function problem() {
  const prefix = `fusedAdamTest${made++}`;
  const variables = tf.tidy(() =>
    SHAPES.map((shape, i) =>
      tf.variable(tf.tensor(seededValues(size(shape), 10 + i), shape), true, `${prefix}/${i}`),
    ),
  );
  const gradients = (s: number) =>
    Object.fromEntries(
      variables.map((v, i) => [v.name, tf.tensor(seededValues(v.size, 100 * s + i), v.shape)]),
    );
  return { variables, gradients };
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Takes `steps` steps (on the backend each step names) and reads the variables and moments. */
async function train(
  make: () => Optimizer,
  steps: { backend: string; learningRate?: number }[],
): Promise<Float32Array[]> {
  const { variables, gradients } = problem();
  const optimizer = make();
  for (const [s, step] of steps.entries()) {
    await tf.setBackend(step.backend);
    if (step.learningRate !== undefined) {
      // Ours through its method, tfjs's Adam through the field its update reads. (Not by
      // instanceof: tfjs's Optimizer answers it for any object with an optimizer's methods.)
      if ('setLearningRate' in optimizer)
        (optimizer as FusedAdam).setLearningRate(step.learningRate);
      else (optimizer as unknown as { learningRate: number }).learningRate = step.learningRate;
    }
    const grads = gradients(s) as Record<string, Variable>;
    optimizer.applyGradients(grads);
    tf.dispose(Object.values(grads));
  }
  const [iterations, ...weights] = await optimizer.getWeights();
  iterations!.tensor.dispose();
  const moments = weights.map((w) => w.tensor);
  const values = [...variables, ...moments].map(
    (t: Tensor | Variable) => t.dataSync() as Float32Array,
  );
  optimizer.dispose();
  tf.dispose(variables);
  await tf.setBackend('wasm');
  return values;
}

const reference = () => tf.train.adam(0.01, 0.9, 0.999, 1e-7);
const fused = () => adam(0.01, 0.9, 0.999, 1e-7);
const on = (backend: string, n: number) => Array.from({ length: n }, () => ({ backend }));

function expectSame(actual: Float32Array[], expected: Float32Array[]) {
  expect(actual.map((a) => Array.from(a))).toEqual(expected.map((e) => Array.from(e)));
}

function expectClose(actual: Float32Array[], expected: Float32Array[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(relativeError(a, expected[i]!)).toBeLessThan(tolerance));
}

describe('Adam with one kernel per variable on wasm', () => {
  it('takes each variable’s update in one kernel on wasm, and tfjs’s own kernels on cpu', async () => {
    for (const [backend, fusedKernel] of [
      ['wasm', true],
      ['cpu', false],
    ] as const) {
      await tf.setBackend(backend);
      const { variables, gradients } = problem();
      const optimizer = fused();
      const grads = gradients(0) as Record<string, Variable>;
      const { kernelNames } = await tf.profile(() => optimizer.applyGradients(grads));
      expect(kernelNames.includes(ADAM_UPDATE)).toBe(fusedKernel);
      expect(kernelNames.includes('Sqrt')).toBe(!fusedKernel);
      tf.dispose([...variables, ...Object.values(grads)]);
      optimizer.dispose();
    }
    await tf.setBackend('wasm');
  });

  it('gives tfjs’s Adam’s numbers bit for bit over ten steps, moments included', async () => {
    const expected = await train(reference, on('wasm', 10));
    const actual = await train(fused, on('wasm', 10));
    expectSame(actual, expected);
    const onCpu = await train(reference, on('cpu', 10));
    expectClose(actual, onCpu, 1e-5);
  });

  it('is tfjs’s Adam itself on the cpu backend', async () => {
    const expected = await train(reference, on('cpu', 4));
    const actual = await train(fused, on('cpu', 4));
    expectSame(actual, expected);
  });

  it('hands over to tfjs’s update mid-run with the bias corrections of the right step', async () => {
    const expected = await train(reference, [...on('wasm', 5), ...on('cpu', 3)]);
    const actual = await train(fused, [...on('wasm', 5), ...on('cpu', 3)]);
    expectSame(actual, expected);
    // Without the hand-over tfjs would correct step 6 as if it were step 1: far off.
    const stale = await train(reference, [...on('cpu', 3)]);
    expect(relativeError(stale[0]!, expected[0]!)).toBeGreaterThan(1e-3);
  });

  it('follows a learning rate changed between steps', async () => {
    const schedule = (backend: string) =>
      [0.01, 0.01, 0.002, 0.002, 0.05].map((learningRate) => ({ backend, learningRate }));
    const expected = await train(reference, schedule('wasm'));
    const actual = await train(fused, schedule('wasm'));
    expectSame(actual, expected);
    const unchanged = await train(fused, on('wasm', 5));
    expect(relativeError(unchanged[0]!, actual[0]!)).toBeGreaterThan(1e-3);
  });

  it('leaves no tensors behind', async () => {
    for (const make of [fused, reference]) {
      const held = tf.memory().numTensors;
      await train(make, on('wasm', 3));
      expect(tf.memory().numTensors, make === fused ? 'fused' : 'reference').toBe(held);
    }
  });

  it('spreads a NaN gradient as tfjs’s Adam does', async () => {
    const { variables } = problem();
    const optimizer = fused();
    const grads = Object.fromEntries(
      variables.map((v) => [v.name, tf.fill(v.shape, Number.NaN)] as const),
    ) as unknown as Record<string, Variable>;
    optimizer.applyGradients(grads);
    expect(Number.isNaN(variables[0]!.dataSync()[0]!)).toBe(true);
    tf.dispose([...variables, ...Object.values(grads)]);
    optimizer.dispose();
  });
});
