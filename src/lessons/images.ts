/**
 * Lessons 5, 9 and 10: images. Fully connected layers spend millions of weights on pixels whose
 * neighbourhood they ignore; convolutions share a few weights across the image and do better.
 * LeNet-5 and AlexNet are the two classic convolutional networks of the lecture.
 *
 * Measured once each with `neurocanvas train` on the wasm backend (one thread, sharing two cores),
 * Adam 1e-3, batches of 32, 5 epochs, seed 42, on the MNIST sample's 2,000 test digits:
 * - five dense layers of 1,000 (4,799,010 parameters): 94.4%, in 730 s;
 * - the small CNN (20,490 parameters): 96.45%, in 110 s;
 * - the mini-AlexNet (96,074 parameters): 96.7%, in 403 s;
 * - LeNet-5: 96.2% (measured with its template).
 */
import { lenet5 } from '../templates/lenet5';
import type { LayerSpec } from '../templates/template';
import type { TrainingSettings } from '../project/training';
import { defineLesson, type Lesson } from './lesson';

const DIGITS = { id: 'mnist-sample' };
const DIGIT_TRAINING: Partial<TrainingSettings> = {
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 32,
  epochs: 5,
  validationSource: 'test',
  seed: 42,
};
const DIGIT_OUTPUT: LayerSpec = [
  'digit',
  'Output',
  { loss: 'categorical_crossentropy', metrics: ['accuracy'] },
];

const pool = (size: number, stride: number) => ({
  poolSize: [size, size],
  strides: [stride, stride],
});
const conv = (filters: number, kernel: number, extra: Record<string, unknown> = {}) => ({
  filters,
  kernelSize: [kernel, kernel],
  padding: 'same',
  activation: 'relu',
  ...extra,
});

export const FC_UNITS = 1000;
export const FC_LAYERS = 5;

export const denseDigits = defineLesson({
  id: 'dense-digits',
  lecture: 5,
  text: {
    title: 'Five dense layers of 1,000',
    idea: 'A fully connected network sees a digit as 784 unrelated numbers. Five layers of 1,000 units need almost 4.8 million weights, and nothing in them knows that neighbouring pixels belong together.',
    formula: 'weights = 784·1000 + 4·(1000·1000) + 1000·10 = 4,794,000, plus 5,010 biases',
    tryThis: [
      'Shift every digit by a few pixels (data augmentation): the dense network has to learn each position anew.',
      'Open the small CNN lesson and compare its summary and its test accuracy.',
    ],
    lookAt: [
      'The summary tab: the parameter count and where it sits (mostly in the middle layers).',
      'The test accuracy at the end, against the small CNN’s.',
    ],
  },
  description:
    'Five Dense layers of 1,000 units on the MNIST sample: about 4.8 million weights for 28 × 28 digits.',
  promise: '94% test accuracy on the MNIST sample after 5 epochs, below the small CNN’s 96%',
  projectName: 'Five dense layers',
  layers: [
    ['image', 'Input', { shape: [28, 28, 1] }],
    ['flatten', 'Flatten', {}],
    ...Array.from({ length: FC_LAYERS }, (_, i): LayerSpec => [
      `dense_${i + 1}`,
      'Dense',
      { units: FC_UNITS, activation: 'relu' },
    ]),
    ['scores', 'Dense', { units: 10, activation: 'softmax' }],
    DIGIT_OUTPUT,
  ],
  dataset: DIGITS,
  training: DIGIT_TRAINING,
});

export const smallCnnDigits = defineLesson({
  id: 'small-cnn-digits',
  lecture: 5,
  text: {
    title: 'A small CNN on the same digits',
    idea: 'A convolution slides one small filter over the whole image, so a stroke detector is learned once and used everywhere. Two convolutions with pooling need about 20,000 weights and read digits better than almost five million dense ones.',
    formula: 'out[i, j, c] = b_c + ∑ₖ,ₗ,ₘ w[k, l, m, c] · in[i + k, j + l, m]',
    tryThis: [
      'Double the filters of each convolution: about 30,000 more weights; see whether the accuracy is worth them.',
      'Remove the pooling layers: the dense layer at the end grows sixteenfold.',
    ],
    lookAt: [
      'The summary tab: the parameter count against the dense network’s.',
      'The activation thumbnails: each filter of the first convolution lights up on one kind of stroke.',
    ],
  },
  description:
    'Two small convolutions with pooling on the MNIST sample: 20,490 weights, a two-hundredth of the dense network’s.',
  promise: '≥ 96% test accuracy on the MNIST sample in 5 epochs',
  projectName: 'Small CNN',
  layers: [
    ['image', 'Input', { shape: [28, 28, 1] }],
    ['conv_1', 'Conv2D', conv(16, 3)],
    ['pool_1', 'MaxPooling2D', pool(2, 2)],
    ['conv_2', 'Conv2D', conv(32, 3)],
    ['pool_2', 'MaxPooling2D', pool(2, 2)],
    ['flatten', 'Flatten', {}],
    ['scores', 'Dense', { units: 10, activation: 'softmax' }],
    DIGIT_OUTPUT,
  ],
  dataset: DIGITS,
  training: DIGIT_TRAINING,
});

export const lenetLesson: Lesson = {
  id: lenet5.id,
  lecture: 9,
  text: {
    title: lenet5.title,
    idea: 'LeNet-5 stacks two convolutions with pooling and three dense layers. After training, its first layer’s filters are small edge and stroke detectors, and its feature maps show where in the digit each one fires.',
    formula: 'feature map = ReLU(filter ∗ image + b),  then 2×2 max-pool',
    tryThis: [
      'Select conv_1 after training and step through digits: the six feature maps change with the strokes.',
      'Replace ReLU with tanh, as in the 1998 original: similar accuracy, slower start.',
    ],
    lookAt: [
      'The activation thumbnails of conv_1 and conv_2 for the chosen digit.',
      'The learned 5×5 filters of conv_1: light-dark edges at several angles.',
    ],
  },
  projectName: lenet5.create().name,
  template: lenet5,
};

/** torchvision's AlexNet: 61,100,840 parameters at 224 × 224 × 3 with 1,000 classes. */
export const ALEXNET_PARAMS = 61_100_840;

export const alexNet = defineLesson({
  id: 'alexnet',
  lecture: 10,
  text: {
    title: 'AlexNet (2012)',
    idea: 'The network that won ImageNet 2012 and began the deep-learning era: five convolutions and three dense layers, 61 million weights, most of them in the first dense layer. This is its layout as torchvision builds it, to study rather than train: no bundled dataset has 224 × 224 colour images.',
    formula:
      'output size = ⌊(n + 2p − k) / s⌋ + 1:  (224 + 4 − 11) / 4 + 1 = 55\nconv 1 weights = 11·11·3·64 + 64 = 23,296',
    tryThis: [
      'Halve the units of both 4,096-unit layers: the parameter count drops by about 33 million.',
      'Change the first convolution’s stride to 2: the feature maps grow and so do the FLOPs.',
    ],
    lookAt: [
      'The summary tab: 61,100,840 parameters and the FLOPs of each layer.',
      'The shapes along the edges: 224 → 55 → 27 → 13 → 6.',
    ],
  },
  description:
    'The full AlexNet at 224 × 224 × 3 in torchvision’s layout, for its shapes, parameters and FLOPs.',
  promise: '61,100,840 parameters, as torchvision’s AlexNet',
  projectName: 'AlexNet',
  layers: [
    ['image', 'Input', { shape: [224, 224, 3] }],
    ['pad', 'ZeroPadding2D', { padding: [2, 2] }],
    ['conv_1', 'Conv2D', conv(64, 11, { strides: [4, 4], padding: 'valid' })],
    ['pool_1', 'MaxPooling2D', pool(3, 2)],
    ['conv_2', 'Conv2D', conv(192, 5)],
    ['pool_2', 'MaxPooling2D', pool(3, 2)],
    ['conv_3', 'Conv2D', conv(384, 3)],
    ['conv_4', 'Conv2D', conv(256, 3)],
    ['conv_5', 'Conv2D', conv(256, 3)],
    ['pool_3', 'MaxPooling2D', pool(3, 2)],
    ['flatten', 'Flatten', {}],
    ['dropout_1', 'Dropout', { rate: 0.5 }],
    ['dense_1', 'Dense', { units: 4096, activation: 'relu' }],
    ['dropout_2', 'Dropout', { rate: 0.5 }],
    ['dense_2', 'Dense', { units: 4096, activation: 'relu' }],
    ['scores', 'Dense', { units: 1000, activation: 'softmax' }],
    ['label', 'Output', { loss: 'categorical_crossentropy', metrics: ['accuracy'] }],
  ],
  dataset: null,
  training: { optimizer: 'sgd', learningRate: 0.01, momentum: 0.9, batchSize: 128, epochs: 90 },
});

export const miniAlexNet = defineLesson({
  id: 'mini-alexnet',
  lecture: 10,
  text: {
    title: 'Mini-AlexNet on digits',
    idea: 'AlexNet’s pattern at a size that trains here: large-then-small kernels, overlapping 3×3 pooling with stride 2, three convolutions in a row, dropout before the dense layers.',
    formula: 'overlapping pooling: window 3, stride 2, so neighbouring windows share a row',
    tryThis: [
      'Remove both dropout layers: training accuracy rises faster than test accuracy.',
      'Switch the dataset to CIFAR-10 once downloaded, and set the input to 32 × 32 × 3.',
    ],
    lookAt: ['The summary: shapes 28 → 13 → 6 → 2.', 'Train and test accuracy side by side.'],
  },
  description:
    'AlexNet’s layout shrunk for 28 × 28 digits: five convolutions, overlapping pooling and dropout.',
  promise: '≥ 96% test accuracy on the MNIST sample in 5 epochs',
  projectName: 'Mini-AlexNet',
  layers: [
    ['image', 'Input', { shape: [28, 28, 1] }],
    ['conv_1', 'Conv2D', conv(16, 5)],
    ['pool_1', 'MaxPooling2D', pool(3, 2)],
    ['conv_2', 'Conv2D', conv(32, 5)],
    ['pool_2', 'MaxPooling2D', pool(3, 2)],
    ['conv_3', 'Conv2D', conv(48, 3)],
    ['conv_4', 'Conv2D', conv(48, 3)],
    ['conv_5', 'Conv2D', conv(32, 3)],
    ['pool_3', 'MaxPooling2D', pool(3, 2)],
    ['flatten', 'Flatten', {}],
    ['dropout_1', 'Dropout', { rate: 0.5 }],
    ['dense_1', 'Dense', { units: 128, activation: 'relu' }],
    ['dropout_2', 'Dropout', { rate: 0.5 }],
    ['dense_2', 'Dense', { units: 128, activation: 'relu' }],
    ['scores', 'Dense', { units: 10, activation: 'softmax' }],
    DIGIT_OUTPUT,
  ],
  dataset: DIGITS,
  training: DIGIT_TRAINING,
});
