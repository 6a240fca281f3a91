/**
 * A first model for freshly imported data, so that a new project trains as it is: the input shaped
 * like the data, flattened when it is not a vector, one hidden layer, and an output fitting the
 * task (softmax over the classes with cross-entropy, or one linear unit with squared error).
 */
import type { Graph } from '../../graph/types';
import { templateGraph, type LayerSpec } from '../../templates/template';

export function starterGraph(data: {
  task: 'classification' | 'regression' | 'segmentation';
  inputShape: readonly number[];
  targetShape: readonly number[];
}): Graph {
  const classes = data.targetShape.reduce((p, d) => p * d, 1);
  const classification = data.task === 'classification';
  const specs: LayerSpec[] = [['input', 'Input', { shape: [...data.inputShape] }]];
  if (data.inputShape.length > 1) specs.push(['flatten', 'Flatten', {}]);
  specs.push(
    ['hidden', 'Dense', { units: data.inputShape.length > 1 ? 64 : 32, activation: 'relu' }],
    [
      'scores',
      'Dense',
      classification
        ? { units: classes, activation: 'softmax' }
        : { units: classes, activation: 'linear' },
    ],
    [
      'prediction',
      'Output',
      classification
        ? { loss: 'categorical_crossentropy', metrics: ['accuracy'] }
        : { loss: 'mean_squared_error', metrics: ['mae'] },
    ],
  );
  return templateGraph(specs);
}
