import { beforeAll, describe, expect, it } from 'vitest';
import type { LayersModel, Tensor, Variable } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../compiler/tf';
import { selectBackend } from './select';
import { relativeError } from './testing/compare';
import { readDigits } from './testing/digits';

// A small digit classifier with the layers that need the composed kernels: a 5×5 and a 3×3
// convolution (filter gradients), a pooling layer, and a separable convolution (depthwise
// filter and input gradients) before the dense output.
let tf: Tf;
let digits: ReturnType<typeof readDigits>;

beforeAll(async () => {
  tf = await loadTf();
  await selectBackend({ requested: 'wasm' });
  digits = readDigits(3);
});

function buildModel(): LayersModel {
  const seed = (n: number) => tf.initializers.glorotUniform({ seed: n });
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [28, 28, 1],
        filters: 6,
        kernelSize: 5,
        activation: 'relu',
        kernelInitializer: seed(1),
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({
        filters: 8,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: seed(2),
      }),
      tf.layers.separableConv2d({
        filters: 8,
        kernelSize: 3,
        depthMultiplier: 2,
        padding: 'same',
        activation: 'relu',
        depthwiseInitializer: seed(3),
        pointwiseInitializer: seed(4),
      }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 10, kernelInitializer: seed(5) }),
    ],
  });
}

function batch(): { x: Tensor; y: Tensor } {
  return {
    x: tf.tensor4d(digits.images, [digits.count, 28, 28, 1]),
    y: tf.tensor2d(digits.labels, [digits.count, 10]),
  };
}

/** The loss gradient of every weight, read back in weight order. */
async function gradients(backend: string, weights: Float32Array[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const model = buildModel();
  model.setWeights(weights.map((w, i) => tf.tensor(w, model.getWeights()[i]!.shape)));
  const { x, y } = batch();
  const { grads } = tf.variableGrads(() =>
    tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor).asScalar(),
  );
  const out = model.trainableWeights.map(
    (w) => grads[(w.read() as Variable).name]!.dataSync() as Float32Array,
  );
  tf.dispose([x, y, ...Object.values(grads)]);
  model.dispose();
  return out;
}

describe('a small CNN on wasm', () => {
  it('has the same gradients as on the cpu backend, for the same weights and batch', async () => {
    await tf.setBackend('wasm');
    const start = buildModel();
    const weights = start.getWeights().map((w) => w.dataSync() as Float32Array);
    start.dispose();
    const onWasm = await gradients('wasm', weights);
    const onCpu = await gradients('cpu', weights);
    expect(onWasm).toHaveLength(weights.length);
    onCpu.forEach((expected, i) => {
      expect(relativeError(onWasm[i]!, expected)).toBeLessThan(1e-4);
    });
  });

  it('trains: the loss falls over a few Adam steps', async () => {
    await tf.setBackend('wasm');
    const model = buildModel();
    // The dense layer gives logits, so the loss applies the softmax itself.
    const loss = (labels: Tensor, logits: Tensor) => tf.losses.softmaxCrossEntropy(labels, logits);
    model.compile({ optimizer: tf.train.adam(0.01), loss });
    const { x, y } = batch();
    const losses: number[] = [];
    for (let step = 0; step < 12; step++) {
      losses.push((await model.trainOnBatch(x, y)) as number);
    }
    tf.dispose([x, y]);
    model.dispose();
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(0.5 * losses[0]!);
  });
});
