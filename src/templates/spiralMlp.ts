/**
 * An MLP for the spiral: two tanh layers of 16 units bend the boundary around both arms. With
 * Adam at 0.01 for 200 epochs it reaches 96% on the spiral's test set with its seed (42); over
 * seeds 1–10, 8 of 10 runs reached 95% or more (91–99%), so the seed is part of the promise.
 */
import { templateGraph, templateProject, type ProjectTemplate } from './template';

export const spiralMlp: ProjectTemplate = {
  id: 'spiral-mlp',
  title: 'MLP for the spiral',
  description:
    'Two hidden layers of 16 tanh units follow two interleaved spiral arms, which no straight line can split.',
  promise: '≥ 95% test accuracy on Spiral in 200 epochs',
  create: () =>
    templateProject(
      'Spiral MLP',
      templateGraph([
        ['point', 'Input', { shape: [2] }],
        ['hidden_1', 'Dense', { units: 16, activation: 'tanh' }],
        ['hidden_2', 'Dense', { units: 16, activation: 'tanh' }],
        ['scores', 'Dense', { units: 2, activation: 'softmax' }],
        ['arm', 'Output', { loss: 'categorical_crossentropy', metrics: ['accuracy'] }],
      ]),
      { id: 'spiral' },
      {
        optimizer: 'adam',
        learningRate: 0.01,
        batchSize: 16,
        epochs: 200,
        validationSplit: 0,
        seed: 42,
      },
      'Each tanh layer folds the plane; two folds of 16 units are enough to unwind the arms. ' +
        'Watch the decision boundary wrap around them as it trains.',
    ),
};
