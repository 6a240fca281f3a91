/**
 * Measures how fast each available backend trains two reference models on synthetic data:
 * the MLP 784-128-10 and the CNN conv8-pool-conv16-pool-dense10 on 28×28×1 inputs, batch 64,
 * Adam. Each run trains a fixed number of batches (after a short warm-up that is not timed)
 * and reports samples per second; a run that would take too long stops early and reports on
 * the batches it did (the plain cpu backend needs seconds per CNN batch).
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import { loadTf, type Tf } from '../../compiler/tf';
import type { BackendName } from './names';
import { availableBackends, selectBackend } from './select';

export type BenchModel = 'mlp' | 'cnn';

export interface BenchResult {
  backend: BackendName;
  model: BenchModel;
  batchSize: number;
  /** Timed batches actually trained. */
  batches: number;
  seconds: number;
  samplesPerSecond: number;
}

export interface BenchOptions {
  /** Default: every backend that loads here. */
  backends?: BackendName[];
  models?: BenchModel[];
  batchSize?: number;
  /** Timed batches per run. */
  batches?: number;
  /** Untimed batches first (the first calls build kernels and caches). */
  warmup?: number;
  /** A run stops after this long, once it has timed at least two batches. */
  maxSeconds?: number;
}

const CLASSES = 10;
const IMAGE = [28, 28, 1] as const;
const DISTINCT_BATCHES = 4;

function buildModel(tf: Tf, model: BenchModel): LayersModel {
  const layers =
    model === 'mlp'
      ? [
          tf.layers.flatten({ inputShape: [...IMAGE] }),
          tf.layers.dense({ units: 128, activation: 'relu' }),
          tf.layers.dense({ units: CLASSES }),
        ]
      : [
          tf.layers.conv2d({
            inputShape: [...IMAGE],
            filters: 8,
            kernelSize: 3,
            activation: 'relu',
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: CLASSES }),
        ];
  return tf.sequential({ layers });
}

/** Random images in [0, 1) and random one-hot labels, a few distinct batches to cycle. */
function syntheticBatches(tf: Tf, batchSize: number): { x: Tensor; y: Tensor }[] {
  return Array.from({ length: DISTINCT_BATCHES }, (_, i) =>
    tf.tidy(() => ({
      x: tf.randomUniform([batchSize, ...IMAGE], 0, 1, 'float32', 17 + i),
      y: tf.oneHot(tf.randomUniform([batchSize], 0, CLASSES, 'int32', 31 + i), CLASSES).toFloat(),
    })),
  );
}

async function timeRun(
  tf: Tf,
  backend: BackendName,
  model: BenchModel,
  options: Required<Omit<BenchOptions, 'backends' | 'models'>>,
): Promise<BenchResult> {
  const net = buildModel(tf, model);
  const optimizer = tf.train.adam(0.001);
  const data = syntheticBatches(tf, options.batchSize);
  const step = (i: number) => {
    const { x, y } = data[i % data.length]!;
    const loss = optimizer.minimize(
      () => tf.losses.softmaxCrossEntropy(y, net.apply(x, { training: true }) as Tensor).asScalar(),
      true,
    );
    // Reading the loss waits for the batch to finish, as a trainer reporting it would.
    loss!.dataSync();
    loss!.dispose();
  };
  for (let i = 0; i < options.warmup; i++) step(i);
  const start = performance.now();
  let batches = 0;
  while (batches < options.batches) {
    step(batches++);
    if (batches >= 2 && performance.now() - start > options.maxSeconds * 1000) break;
    // Let timers and messages through between batches, as the trainer will.
    if (batches % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = (performance.now() - start) / 1000;
  tf.dispose(data.flatMap(({ x, y }) => [x, y]));
  optimizer.dispose();
  net.dispose();
  return {
    backend,
    model,
    batchSize: options.batchSize,
    batches,
    seconds,
    samplesPerSecond: (batches * options.batchSize) / seconds,
  };
}

export async function benchBackends(options: BenchOptions = {}): Promise<BenchResult[]> {
  const tf = await loadTf();
  const previous = tf.getBackend();
  const settings = {
    batchSize: options.batchSize ?? 64,
    batches: options.batches ?? 32,
    warmup: options.warmup ?? 2,
    maxSeconds: options.maxSeconds ?? 20,
  };
  const results: BenchResult[] = [];
  try {
    for (const backend of options.backends ?? (await availableBackends(tf))) {
      await selectBackend({ requested: backend, requestedBy: 'the benchmark' });
      for (const model of options.models ?? (['mlp', 'cnn'] as const)) {
        results.push(await timeRun(tf, backend, model, settings));
      }
    }
  } finally {
    if (previous) await tf.setBackend(previous);
  }
  return results;
}
