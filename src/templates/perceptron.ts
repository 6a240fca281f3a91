/**
 * The perceptron: one sigmoid unit drawing one straight line, on two clouds of points that a line
 * separates. The smallest model that learns anything, and the first lesson.
 */
import { templateGraph, templateProject, type ProjectTemplate } from './template';

export const perceptron: ProjectTemplate = {
  id: 'perceptron',
  title: 'Perceptron',
  description:
    'One sigmoid unit on two clouds of points: it learns a single straight line between them.',
  promise: '≥ 97% test accuracy on Two gaussians in 20 epochs',
  create: () =>
    templateProject(
      'Perceptron',
      templateGraph([
        ['point', 'Input', { shape: [2] }],
        ['unit', 'Dense', { units: 1, activation: 'sigmoid' }],
        ['cloud', 'Output', { loss: 'binary_crossentropy', metrics: ['accuracy'] }],
      ]),
      { id: 'gauss' },
      { optimizer: 'adam', learningRate: 0.05, batchSize: 16, epochs: 20, validationSplit: 0 },
      'A single unit computes sigmoid(w1·x + w2·y + b): its decision boundary is the line where ' +
        'w1·x + w2·y + b = 0. Try it on Spiral to see what one line cannot do.',
    ),
};
