/** The models `npm run bench` trains, as NeuroCanvas graphs; `torchPeer.py` builds the same ones. */
import { chain } from '../graph/testing/build';
import type { Graph } from '../graph/types';

export type BenchModelName = 'mlp' | 'cnn' | 'spiral';

export interface BenchModel {
  name: BenchModelName;
  title: string;
  dataset: 'mnist-sample' | 'spiral';
  graph: Graph;
  batchSize: number;
  learningRate: number;
}

const softmaxOut = ['Output', { loss: 'categorical_crossentropy', metrics: ['accuracy'] }] as const;

export const BENCH_MODELS: readonly BenchModel[] = [
  {
    name: 'mlp',
    title: 'MLP 784-128-10 on the MNIST sample',
    dataset: 'mnist-sample',
    graph: chain(
      ['Input', { shape: [28, 28, 1] }],
      'Flatten',
      ['Dense', { units: 128, activation: 'relu' }],
      ['Dense', { units: 10, activation: 'softmax' }],
      [...softmaxOut],
    ),
    batchSize: 64,
    learningRate: 0.001,
  },
  {
    name: 'cnn',
    title: 'CNN conv8-pool-conv16-pool-dense10 on the MNIST sample',
    dataset: 'mnist-sample',
    graph: chain(
      ['Input', { shape: [28, 28, 1] }],
      ['Conv2D', { filters: 8, kernelSize: [3, 3], activation: 'relu' }],
      ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
      ['Conv2D', { filters: 16, kernelSize: [3, 3], activation: 'relu' }],
      ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
      'Flatten',
      ['Dense', { units: 10, activation: 'softmax' }],
      [...softmaxOut],
    ),
    batchSize: 64,
    learningRate: 0.001,
  },
  {
    name: 'spiral',
    title: 'Spiral MLP 2-8-8-2 (tanh)',
    dataset: 'spiral',
    graph: chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 2, activation: 'softmax' }],
      [...softmaxOut],
    ),
    batchSize: 16,
    learningRate: 0.01,
  },
];
