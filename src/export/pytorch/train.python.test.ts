/**
 * The bundle's train.py, run in real PyTorch for one short epoch: the validation loss falls from
 * where the exported weights start, on one process and under torchrun with two processes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/registry';
import { dataNpz } from '../bundle/bundleFiles';
import type { Dataset } from '../../data/types';
import { readNpz, writeNpz } from '../../numpy/npz';
import { freePort, missingPython, runPython, runPythonAsync } from '../../numpy/testing/python';
import { defaultTraining, type Optimizer, type TrainingSettings } from '../../project/training';
import { pytorchExporter } from './pytorchExporter';
import { exportModelOf, graphOf, type Step } from './testing/cases';

const missing = missingPython(['torch', 'numpy']);

/**
 * 8×8 grey images of a bright bar, across the top half (class 0) or down the left half
 * (class 1), with noise: a task a small CNN learns in one epoch, with real channels-last layout.
 */
function bars(count: number, seed: number): Dataset['train'] {
  const x = new Float32Array(count * 64);
  const y = new Float32Array(count * 2);
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < count; n++) {
    const label = n % 2;
    const at = 1 + Math.floor(random() * 2);
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        const on = label === 0 ? i === at : j === at;
        x[n * 64 + i * 8 + j] = (on ? 1 : 0) + 0.3 * (random() - 0.5);
      }
    }
    y[n * 2 + label] = 1;
  }
  return { x, y, count };
}

const barsDataset: Dataset = {
  id: 'bars',
  name: 'Bars',
  task: 'classification',
  inputShape: [8, 8, 1],
  targetShape: [2],
  classNames: ['row', 'column'],
  train: bars(400, 1),
  test: bars(100, 2),
  options: {},
};

/** The numbers train.py logged: the loss before training and after each epoch. */
function losses(printed: string): { before: number; after: number[] } {
  const before = Number(/before training: val_loss (\S+)/.exec(printed)?.[1]);
  const after = [...printed.matchAll(/epoch \d+\/\d+: .*val_loss (\S+),/g)].map((m) =>
    Number(m[1]),
  );
  return { before, after };
}

async function bundle(folder: string, steps: Step[], dataset: Dataset, training: TrainingSettings) {
  mkdirSync(folder, { recursive: true });
  const model = await exportModelOf(graphOf(steps), training);
  for (const file of pytorchExporter.write(model))
    writeFileSync(join(folder, file.path), file.data);
  writeFileSync(join(folder, 'data.npz'), dataNpz(dataset));
}

/** The circle dataset with whole-number labels instead of one-hot rows, as data.npz may hold them. */
function withIntegerLabels(dataset: Dataset): Uint8Array {
  const labels = (split: Dataset['train']) =>
    BigInt64Array.from({ length: split.count }, (_, i) => BigInt(split.y[i * 2 + 1]!));
  const x = (split: Dataset['train']) => ({
    dtype: 'float32' as const,
    shape: [split.count, 2],
    data: split.x,
  });
  return writeNpz({
    x_train: x(dataset.train),
    y_train: { dtype: 'int64', shape: [dataset.train.count], data: labels(dataset.train) },
    x_test: x(dataset.test),
    y_test: { dtype: 'int64', shape: [dataset.test.count], data: labels(dataset.test) },
  });
}

const mlp = (last: Step, loss = 'categorical_crossentropy'): Step[] => [
  ['Input', { shape: [2] }],
  ['Dense', { units: 16, activation: 'tanh' }],
  last,
  ['Output', { loss, metrics: [] }],
];
const softmax: Step = ['Dense', { units: 2, activation: 'softmax' }];
const linear: Step = ['Dense', { units: 1, activation: 'linear' }];

/** Learning rates at which each optimizer makes visible progress in two short epochs. */
const RATES: Record<Optimizer, number> = {
  sgd: 0.3,
  adam: 0.02,
  rmsprop: 0.01,
  adagrad: 0.1,
  adadelta: 1,
  adamax: 0.02,
};

interface Variant {
  steps: Step[];
  training: Partial<TrainingSettings>;
  data: 'circle' | 'circle-labels' | 'reg-plane';
}

const variants: Record<string, Variant> = {
  ...Object.fromEntries(
    (Object.keys(RATES) as Optimizer[]).map((optimizer) => [
      `optimizer ${optimizer}`,
      {
        steps: mlp(softmax),
        training: { optimizer, learningRate: RATES[optimizer] },
        data: 'circle',
      },
    ]),
  ),
  'SGD with momentum, exponential decay': {
    steps: mlp(softmax),
    training: { optimizer: 'sgd', learningRate: 0.1, momentum: 0.5, lrSchedule: 'exponential' },
    data: 'circle',
  },
  'binary cross-entropy on one sigmoid unit': {
    steps: mlp(['Dense', { units: 1, activation: 'sigmoid' }], 'binary_crossentropy'),
    training: { learningRate: 0.02 },
    data: 'circle',
  },
  'sparse categorical cross-entropy on whole-number labels': {
    steps: mlp(softmax, 'sparse_categorical_crossentropy'),
    training: { learningRate: 0.02, validationSource: 'test' },
    data: 'circle-labels',
  },
  'mean squared error, cosine schedule': {
    steps: mlp(linear, 'mean_squared_error'),
    training: { learningRate: 0.02, lrSchedule: 'cosine' },
    data: 'reg-plane',
  },
  'mean absolute error': {
    steps: mlp(linear, 'mean_absolute_error'),
    training: { learningRate: 0.02 },
    data: 'reg-plane',
  },
  'Huber, with early stopping': {
    steps: mlp(linear, 'huber'),
    training: { learningRate: 0.02, earlyStopping: true, earlyStoppingPatience: 1 },
    data: 'reg-plane',
  },
};

describe.skipIf(missing !== null)(
  `train.py in PyTorch${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const root = mkdtempSync(join(tmpdir(), 'pytorch-train-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('trains an MLP with SGD, momentum and step decay on the circle dataset: the loss falls', async () => {
      const folder = join(root, 'mlp');
      const training: TrainingSettings = {
        ...defaultTraining(),
        optimizer: 'sgd',
        learningRate: 0.1,
        momentum: 0.9,
        nesterov: true,
        lrSchedule: 'step',
        batchSize: 16,
        epochs: 1,
      };
      await bundle(
        folder,
        [
          ['Input', { shape: [2] }],
          ['Dense', { units: 16, activation: 'tanh', l2: 0.001 }],
          ['Dense', { units: 2, activation: 'softmax' }],
          'Output',
        ],
        await loadDataset('circle'),
        training,
      );
      const run = runPython(['train.py'], { cwd: folder });
      expect(run.status, run.stderr).toBe(0);
      const { before, after } = losses(run.stdout);
      expect(after).toHaveLength(1);
      expect(after[0]).toBeLessThan(before);
      // The saved weights carry the same names as the bundle's, with new values.
      const start = readNpz(readFileSync(join(folder, 'weights.npz')));
      const trained = readNpz(readFileSync(join(folder, 'trained_weights.npz')));
      expect([...trained.keys()].sort()).toEqual([...start.keys()].sort());
      expect(trained.get('dense_1.weight')!.data).not.toEqual(start.get('dense_1.weight')!.data);
    }, 120_000);

    it('trains with every optimizer and loss: the validation loss falls', async () => {
      const folders: string[] = [];
      for (const [i, [, v]] of Object.entries(variants).entries()) {
        const folder = join(root, `variant_${i}`);
        const data =
          v.data === 'reg-plane' ? await loadDataset('reg-plane') : await loadDataset('circle');
        await bundle(folder, v.steps, data, { ...defaultTraining(), batchSize: 16, ...v.training });
        if (v.data === 'circle-labels')
          writeFileSync(join(folder, 'data.npz'), withIntegerLabels(data));
        folders.push(folder);
      }
      const run = runPython(
        [
          join(import.meta.dirname, 'testing', 'trainBundles.py'),
          '--epochs',
          '2',
          '--',
          ...folders,
        ],
        { timeoutMs: 300_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const results = JSON.parse(run.stdout) as { status: number; printed: string }[];
      const names = Object.keys(variants);
      const failed = results.flatMap((r, i) => {
        const { before, after } = losses(r.printed);
        const fell = after.length > 0 && after.at(-1)! < before;
        return r.status === 0 && fell ? [] : [`${names[i]}: ${r.printed}`];
      });
      expect(failed).toEqual([]);
    }, 300_000);

    it('trains a CNN with Adam as two DistributedDataParallel processes, logging once', async () => {
      const folder = join(root, 'cnn');
      const training: TrainingSettings = {
        ...defaultTraining(),
        learningRate: 0.01,
        batchSize: 20,
        epochs: 1,
        validationSource: 'test',
        lrSchedule: 'cosine',
      };
      await bundle(
        folder,
        [
          ['Input', { shape: [8, 8, 1] }],
          ['Conv2D', { filters: 4, kernelSize: [3, 3], activation: 'relu' }],
          ['BatchNormalization', {}],
          ['MaxPooling2D', {}],
          'Flatten',
          ['Dense', { units: 2, activation: 'softmax' }],
          'Output',
        ],
        barsDataset,
        training,
      );
      // The two processes torchrun would start, with the variables it sets. (Debian's torchrun
      // 1.13 under Python 3.11 sometimes hangs in its own log handling, which is not ours to test.)
      const runRanks = async () => {
        const port = await freePort();
        return Promise.all(
          [0, 1].map((rank) =>
            runPythonAsync(['train.py', '--limit', '300'], {
              cwd: folder,
              timeoutMs: 60_000,
              env: {
                OMP_NUM_THREADS: '1',
                RANK: String(rank),
                LOCAL_RANK: String(rank),
                WORLD_SIZE: '2',
                LOCAL_WORLD_SIZE: '2',
                MASTER_ADDR: '127.0.0.1',
                MASTER_PORT: String(port),
                GLOO_SOCKET_IFNAME: 'lo',
              },
            }),
          ),
        );
      };
      // About one run in four of Debian's torch 1.13 here never finishes (both processes wait in
      // gloo); such a run is killed after a minute and tried once more. Any other failure fails.
      let ranks = await runRanks();
      if (ranks.some((r) => r.status === null)) ranks = await runRanks();
      for (const r of ranks) expect(r.status, r.stderr).toBe(0);
      const run = ranks[0]!;
      expect(run.stdout.match(/epoch 1\/1/g)).toHaveLength(1);
      expect(ranks[1]!.stdout).not.toMatch(/epoch 1\/1/);
      const { before, after } = losses(run.stdout);
      expect(after[0]).toBeLessThan(before);
      expect(existsSync(join(folder, 'trained_weights.npz'))).toBe(true);
    }, 180_000);
  },
);
