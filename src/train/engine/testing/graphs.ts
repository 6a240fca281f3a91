/** Test support: the small models the engine's tests train, as graphs. */
import { chain, type NodeSpec } from '../../../graph/testing/build';
import type { Graph } from '../../../graph/types';

export const CLASSIFY = [
  'Output',
  { loss: 'categorical_crossentropy', metrics: ['accuracy'] },
] as const;

/** Two-feature classifier: hidden Dense layers of `units` with `activation`, softmax on two classes. */
export function mlp(hidden: readonly number[], activation: string, extra: NodeSpec[] = []): Graph {
  return chain(
    ['Input', { shape: [2] }],
    ...hidden.map((units): NodeSpec => ['Dense', { units, activation }]),
    ...extra,
    ['Dense', { units: 2, activation: 'softmax' }],
    [...CLASSIFY],
  );
}

/** LeNet-5 with ReLU, as commonly rebuilt for 28 × 28 digits (the first convolution pads). */
export function lenet(): Graph {
  return chain(
    ['Input', { shape: [28, 28, 1] }],
    ['Conv2D', { filters: 6, kernelSize: [5, 5], padding: 'same', activation: 'relu' }],
    ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
    ['Conv2D', { filters: 16, kernelSize: [5, 5], activation: 'relu' }],
    ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
    'Flatten',
    ['Dense', { units: 120, activation: 'relu' }],
    ['Dense', { units: 84, activation: 'relu' }],
    ['Dense', { units: 10, activation: 'softmax' }],
    [...CLASSIFY],
  );
}

/** A small CNN for quick runs on digits: conv 8@3×3, pooling, dense 10. */
export function smallCnn(): Graph {
  return chain(
    ['Input', { shape: [28, 28, 1] }],
    ['Conv2D', { filters: 8, kernelSize: [3, 3], activation: 'relu' }],
    ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
    'Flatten',
    ['Dense', { units: 10, activation: 'softmax' }],
    [...CLASSIFY],
  );
}

/** y = w·x + b: one linear unit, mean squared error. */
export function linearUnit(): Graph {
  return chain(
    ['Input', { shape: [1] }],
    ['Dense', { units: 1, activation: 'linear' }],
    ['Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
  );
}
