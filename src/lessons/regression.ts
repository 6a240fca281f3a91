/**
 * Lessons 2 and 3: one neuron. With a linear activation and squared error it is linear regression;
 * with a sigmoid and cross-entropy it is logistic regression. Both train in a few seconds.
 *
 * Measured on the wasm backend with seed 42: linear regression ends at w = 1.9998, b = −0.9899
 * (true 2 and −1; the intercept is 1% off because of the sample's noise); logistic regression
 * reaches 100% on the gaussians' test set.
 */
import { defineLesson } from './lesson';

/** The node whose kernel and bias are the learned slope and intercept. */
export const LINE_NODE = 'line';

export const linearRegression = defineLesson({
  id: 'linear-regression',
  lecture: 2,
  text: {
    title: 'Linear regression',
    idea: 'One neuron with no activation computes w·x + b: a straight line. Trained to make its squared error small, it finds the line the noisy points were drawn around.',
    formula: 'y = f(Wx + b) = Wx + b\nloss = mean((y − ŷ)²)',
    tryThis: [
      'Raise the dataset’s noise to 1: the learned w and b stray further from the true ones.',
      'Change the true slope a to −3 and train again: w follows it.',
      'Set the learning rate to 1.5: the loss grows instead of falling, because each step overshoots.',
    ],
    lookAt: [
      'The learned w and b beside the true ones, in this panel, once training ends.',
      'The loss curve: it drops fast, then flattens at the noise’s variance (0.01 for noise 0.1).',
    ],
  },
  description: 'A single linear neuron fits the line y = a·x + b through noisy points.',
  promise: 'w and b within 2% of the true a = 2 and b = −1 after 40 epochs',
  projectName: 'Linear regression',
  layers: [
    ['x', 'Input', { shape: [1] }],
    [LINE_NODE, 'Dense', { units: 1, activation: 'linear' }],
    ['y', 'Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
  ],
  dataset: { id: 'linear' },
  training: {
    optimizer: 'sgd',
    learningRate: 0.1,
    batchSize: 16,
    epochs: 40,
    validationSplit: 0,
    seed: 42,
  },
});

export const logisticRegression = defineLesson({
  id: 'logistic-regression',
  lecture: 3,
  text: {
    title: 'Logistic regression',
    idea: 'The same neuron with a sigmoid turns w·x + b into a probability between 0 and 1. Its decision boundary, where the probability is ½, is the straight line w·x + b = 0.',
    formula: 'y = σ(Wx + b) = 1 / (1 + exp(−Wx − b))\nloss = −mean(t·log y + (1 − t)·log(1 − y))',
    tryThis: [
      'Raise the dataset’s noise to 0.5: the clouds overlap, and no line can reach 100%.',
      'Switch the dataset to Circle: no straight line splits a ring, and one neuron stops far short (64% here).',
    ],
    lookAt: [
      'The decision boundary: a straight line between the two clouds.',
      'The accuracy curve, which reaches its top within a few epochs.',
    ],
  },
  description: 'A single sigmoid neuron separates two gaussian clouds with a straight line.',
  promise: '≥ 95% test accuracy on Two gaussians in 20 epochs',
  projectName: 'Logistic regression',
  layers: [
    ['point', 'Input', { shape: [2] }],
    ['neuron', 'Dense', { units: 1, activation: 'sigmoid' }],
    ['class', 'Output', { loss: 'binary_crossentropy', metrics: ['accuracy'] }],
  ],
  dataset: { id: 'gauss' },
  training: {
    optimizer: 'sgd',
    learningRate: 0.1,
    batchSize: 16,
    epochs: 20,
    validationSplit: 0,
    seed: 42,
  },
});
