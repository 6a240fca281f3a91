/**
 * Training settings stored with a project. They are described with the same parameter specs as
 * layer parameters, so the inspector can render them and the loader checks them by the same rules.
 */
import type { BoolSpec, FloatSpec, IntSpec, SelectSpec } from '../layers/params';

export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad', 'adadelta', 'adamax'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

export interface TrainingSettings {
  optimizer: Optimizer;
  learningRate: number;
  batchSize: number;
  epochs: number;
  /** The fraction of examples held back to measure accuracy on data the model has not seen. */
  validationSplit: number;
  /** Shuffle the examples before every epoch. */
  shuffle: boolean;
  /** Seeds weight initialisation, shuffling and the validation split, so a run can be repeated. */
  seed: number;
}

const OPTIMIZER_LABELS: Record<Optimizer, string> = {
  sgd: 'SGD',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
  adadelta: 'Adadelta',
  adamax: 'Adamax',
};

export const TRAINING_PARAMS: {
  optimizer: SelectSpec;
  learningRate: FloatSpec;
  batchSize: IntSpec;
  epochs: IntSpec;
  validationSplit: FloatSpec;
  shuffle: BoolSpec;
  seed: IntSpec;
} = {
  optimizer: {
    kind: 'select',
    default: 'adam',
    options: OPTIMIZERS.map((value) => ({ value, label: OPTIMIZER_LABELS[value] })),
    label: 'Optimizer',
    help: 'How the weights are moved against the gradient after each batch.',
  },
  learningRate: {
    kind: 'float',
    default: 0.001,
    min: 0.000001,
    max: 10,
    step: 0.0001,
    label: 'Learning rate',
    help: 'How large each step is; too large and the loss jumps, too small and it barely moves.',
  },
  batchSize: {
    kind: 'int',
    default: 32,
    min: 1,
    max: 65_536,
    label: 'Batch size',
    help: 'How many examples are averaged for each weight update.',
  },
  epochs: {
    kind: 'int',
    default: 10,
    min: 1,
    max: 100_000,
    label: 'Epochs',
    help: 'How many times training passes over all the examples.',
  },
  validationSplit: {
    kind: 'float',
    default: 0.2,
    min: 0,
    max: 0.9,
    step: 0.05,
    label: 'Validation split',
    help: 'The fraction of examples kept aside to check the model on data it has not learned from.',
  },
  shuffle: {
    kind: 'bool',
    default: true,
    label: 'Shuffle',
    help: 'Mix the order of the examples before every epoch.',
  },
  seed: {
    kind: 'int',
    default: 42,
    min: 0,
    max: 2_147_483_647,
    label: 'Random seed',
    help: 'The same seed gives the same starting weights and the same order, so runs can be compared.',
  },
};

export function defaultTraining(): TrainingSettings {
  return {
    optimizer: TRAINING_PARAMS.optimizer.default as Optimizer,
    learningRate: TRAINING_PARAMS.learningRate.default,
    batchSize: TRAINING_PARAMS.batchSize.default,
    epochs: TRAINING_PARAMS.epochs.default,
    validationSplit: TRAINING_PARAMS.validationSplit.default,
    shuffle: TRAINING_PARAMS.shuffle.default,
    seed: TRAINING_PARAMS.seed.default,
  };
}
