/**
 * The catalogue entries of the datasets downloaded on first use, and the step that turns their
 * parsed files into a `Dataset` (framework-free; reading the files is `node/download/`).
 */
import { DatasetError } from '../errors';
import type { IdxArray } from '../formats/idx';
import { oneHot } from '../labels';
import type { DownloadableId } from '../downloads/sources';
import type { Dataset, DatasetInfo } from '../types';

const digits = Array.from({ length: 10 }, (_, d) => String(d));

export const DOWNLOADABLE_INFOS: Readonly<Record<DownloadableId, DatasetInfo>> = {
  mnist: {
    id: 'mnist',
    name: 'MNIST',
    description:
      'The full MNIST set: 70,000 handwritten digits, 28 × 28 grey pixels, in its own split of 60,000 for training and 10,000 for testing. Downloaded once (11 MB), then kept.',
    task: 'classification',
    inputShape: [28, 28, 1],
    targetShape: [10],
    classNames: digits,
    sizes: { train: 60_000, test: 10_000 },
    source: 'http://yann.lecun.com/exdb/mnist/ (IDX files, gzip), downloaded on first use.',
    licence: 'Creative Commons Attribution-Share Alike 3.0.',
    citation:
      'Yann LeCun, Corinna Cortes and Christopher J. C. Burges, The MNIST database of handwritten digits, 1998.',
    options: {},
  },
  'fashion-mnist': {
    id: 'fashion-mnist',
    name: 'Fashion-MNIST',
    description:
      '70,000 pictures of clothing in ten kinds, 28 × 28 grey pixels, laid out like MNIST but harder: 60,000 for training, 10,000 for testing. Downloaded once (30 MB), then kept.',
    task: 'classification',
    inputShape: [28, 28, 1],
    targetShape: [10],
    classNames: [
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ],
    sizes: { train: 60_000, test: 10_000 },
    source:
      'Zalando Research, https://github.com/zalandoresearch/fashion-mnist (IDX files, gzip), downloaded on first use.',
    licence: 'MIT.',
    citation:
      'Han Xiao, Kashif Rasul and Roland Vollgraf, Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine Learning Algorithms, arXiv:1708.07747, 2017.',
    options: {},
  },
  'cifar-10': {
    id: 'cifar-10',
    name: 'CIFAR-10',
    description:
      '60,000 small colour photos, 32 × 32 pixels, of ten kinds of object: 50,000 for training, 10,000 for testing. Downloaded once (162 MB), then kept; needs about 750 MB of memory once loaded.',
    task: 'classification',
    inputShape: [32, 32, 3],
    targetShape: [10],
    classNames: [
      'airplane',
      'automobile',
      'bird',
      'cat',
      'deer',
      'dog',
      'frog',
      'horse',
      'ship',
      'truck',
    ],
    sizes: { train: 50_000, test: 10_000 },
    source:
      'Alex Krizhevsky, https://www.cs.toronto.edu/~kriz/cifar.html (binary version), downloaded on first use.',
    licence:
      'No licence is stated; the authors ask that the report below be cited when it is used.',
    citation: 'Alex Krizhevsky, Learning Multiple Layers of Features from Tiny Images, 2009.',
    options: {},
  },
};

/** Checks that an IDX images file and its labels file belong together, then scales the pixels. */
export function idxExamples(
  images: IdxArray,
  labels: IdxArray,
  imagesName: string,
  labelsName: string,
  side: number,
  classes: number,
): { x: Float32Array; y: Float32Array; count: number } {
  if (
    images.type !== 'uint8' ||
    images.shape.length !== 3 ||
    images.shape[1] !== side ||
    images.shape[2] !== side
  ) {
    throw new DatasetError(
      'corrupt',
      `${imagesName} should hold unsigned bytes of shape [count, ${side}, ${side}], but holds ${images.type} of shape [${images.shape.join(', ')}].`,
    );
  }
  if (labels.type !== 'uint8' || labels.shape.length !== 1) {
    throw new DatasetError(
      'corrupt',
      `${labelsName} should hold one unsigned byte per example, but holds ${labels.type} of shape [${labels.shape.join(', ')}].`,
    );
  }
  const count = images.shape[0]!;
  if (labels.shape[0] !== count) {
    throw new DatasetError(
      'corrupt',
      `${imagesName} holds ${count} images but ${labelsName} holds ${labels.shape[0]} labels.`,
    );
  }
  const bad = labels.data.findIndex((l) => l >= classes);
  if (bad >= 0) {
    throw new DatasetError(
      'corrupt',
      `${labelsName}: label ${bad} is ${labels.data[bad]}, but the classes go from 0 to ${classes - 1}.`,
    );
  }
  const x = new Float32Array(images.data.length);
  for (let i = 0; i < x.length; i++) x[i] = (images.data[i] as number) / 255;
  return { x, y: oneHot(labels.data, classes), count };
}

/** A dataset with a fixed train and test split, as the downloaded sets come. */
export function fixedDataset(
  info: DatasetInfo,
  train: { x: Float32Array; y: Float32Array; count: number },
  test: { x: Float32Array; y: Float32Array; count: number },
  classNames: string[] = info.classNames ?? [],
): Dataset {
  return {
    id: info.id,
    name: info.name,
    task: info.task,
    inputShape: [...info.inputShape],
    targetShape: [...info.targetShape],
    classNames: [...classNames],
    train,
    test,
    options: {},
  };
}
