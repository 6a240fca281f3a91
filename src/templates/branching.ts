/**
 * A branching model: the same point goes through two differently shaped branches whose outputs
 * Concatenate joins, the pattern behind Inception blocks and skip connections.
 */
import { templateGraph, templateProject, type ProjectTemplate } from './template';

export const branching: ProjectTemplate = {
  id: 'branching',
  title: 'Two branches joined',
  description:
    'A ReLU branch and a tanh branch look at the same input; Concatenate joins their 8 + 8 features for the last layer.',
  promise: '≥ 95% test accuracy on Circle in 60 epochs',
  create: () =>
    templateProject(
      'Two branches',
      templateGraph([
        ['point', 'Input', { shape: [2] }],
        ['relu_branch', 'Dense', { units: 8, activation: 'relu' }, ['point']],
        ['tanh_branch', 'Dense', { units: 8, activation: 'tanh' }, ['point']],
        ['joined', 'Concatenate', {}, ['relu_branch', 'tanh_branch']],
        ['scores', 'Dense', { units: 2, activation: 'softmax' }],
        ['side', 'Output', { loss: 'categorical_crossentropy', metrics: ['accuracy'] }],
      ]),
      { id: 'circle' },
      { optimizer: 'adam', learningRate: 0.02, batchSize: 16, epochs: 60, validationSplit: 0 },
      'Concatenate puts the two branches’ features side by side (8 + 8 = 16), so the last ' +
        'layer can use both kinds of bend to draw the circle.',
    ),
};
