/**
 * Lesson 11, the autoencoder of the lecture: real handwritten digits squeezed through a code of
 * two numbers and rebuilt from it. The MNIST sample's `target: 'input'` option makes each picture
 * its own target. With a two-number code every code is a point of a plane, so decoding a grid of
 * points over that plane draws digits the network was never shown: the autoencoder generates.
 *
 * Measured on the wasm backend with these settings, seed 42: see `AUTOENCODER_MSE`.
 */
import { defineLesson } from './lesson';

/** The layer whose two outputs are the code; the panel decodes points of its plane. */
export const CODE_LAYER = 'code';

export const digitsAutoencoder = defineLesson({
  id: 'digits-autoencoder',
  lecture: 11,
  text: {
    title: 'Autoencoder: rebuilding and drawing digits',
    idea: 'An encoder squeezes each 28 × 28 digit (784 numbers) into a code of just two numbers; a decoder rebuilds the picture from those two alone. The target is the input itself, so no labels are needed. Every point of the code’s plane decodes to a picture, so the decoder also draws new digits.',
    formula: 'z = encoder(x) ∈ ℝ²,  x̂ = decoder(z),  loss = mean((x̂ − x)²) over the 784 pixels',
    tryThis: [
      'Give the code layer 8 units instead of 2: the rebuilt digits get sharper (lower error), but the plane of codes can no longer be drawn.',
      'Remove the hidden layers enc_2 and dec_1: the error stays higher, because a shallower network squeezes less well.',
      'Set the code layer’s activation to ReLU: codes pile up at zero, and parts of the plane decode to the same blur.',
    ],
    lookAt: [
      'The reconstructions in this panel: each test digit beside what the network rebuilds from its two numbers.',
      'The grid of decoded codes: neighbouring points give similar digits, and one digit morphs into another across the plane.',
      'The loss: the mean squared error per pixel on the test digits, never seen in training.',
    ],
  },
  description:
    'A dense encoder squeezes each MNIST digit into two numbers; the decoder rebuilds it and draws new digits from points of the plane.',
  promise:
    'reconstruction error (mean squared, per pixel) ≤ 0.045 on the MNIST sample test set in 15 epochs',
  projectName: 'Digits autoencoder',
  layers: [
    ['digit', 'Input', { shape: [28, 28, 1] }],
    ['pixels', 'Flatten', {}],
    ['enc_1', 'Dense', { units: 256, activation: 'relu' }],
    ['enc_2', 'Dense', { units: 64, activation: 'relu' }],
    [CODE_LAYER, 'Dense', { units: 2, activation: 'linear' }],
    ['dec_1', 'Dense', { units: 64, activation: 'relu' }],
    ['dec_2', 'Dense', { units: 256, activation: 'relu' }],
    ['dec_3', 'Dense', { units: 784, activation: 'sigmoid' }],
    ['picture', 'Reshape', { targetShape: [28, 28, 1] }],
    ['rebuilt', 'Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
  ],
  dataset: { id: 'mnist-sample', options: { target: 'input' } },
  training: {
    optimizer: 'adam',
    learningRate: 0.002,
    batchSize: 64,
    epochs: 15,
    validationSource: 'test',
    seed: 42,
  },
});
