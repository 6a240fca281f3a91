/**
 * The optimizer a run's settings ask for, with Keras' defaults for everything the settings leave
 * open (Adam β₁ 0.9, β₂ 0.999; RMSprop ρ 0.9; Adadelta ρ 0.95; Adagrad starting accumulator 0.1;
 * ε = 1e-7 throughout), and a way to change the learning rate between two batches.
 */
import type { Optimizer } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import type { TrainingSettings } from '../../project/training';
import { adam } from './fusedAdam';

export interface RunOptimizer {
  optimizer: Optimizer;
  /** Applies from the next update. */
  setLearningRate(rate: number): void;
}

export function createOptimizer(
  tf: Tf,
  settings: Pick<TrainingSettings, 'optimizer' | 'learningRate' | 'momentum' | 'nesterov'>,
): RunOptimizer {
  const lr = settings.learningRate;
  switch (settings.optimizer) {
    case 'sgd': {
      // Plain SGD when there is no momentum: the momentum variant keeps one more copy of the weights.
      const optimizer =
        settings.momentum > 0
          ? tf.train.momentum(lr, settings.momentum, settings.nesterov)
          : tf.train.sgd(lr);
      // SGD (and momentum, which extends it) keeps −lr as a tensor, renewed by setLearningRate.
      return { optimizer, setLearningRate: (rate) => optimizer.setLearningRate(rate) };
    }
    case 'adam': {
      const optimizer = adam(lr, 0.9, 0.999, 1e-7);
      return { optimizer, setLearningRate: (rate) => optimizer.setLearningRate(rate) };
    }
    case 'rmsprop':
      return byField(tf.train.rmsprop(lr, 0.9, 0, 1e-7));
    case 'adagrad':
      return byField(tf.train.adagrad(lr, 0.1));
    case 'adadelta':
      return byField(tf.train.adadelta(lr, 0.95, 1e-7));
    case 'adamax':
      return byField(tf.train.adamax(lr, 0.9, 0.999, 1e-7));
  }
}

/** Refuses a learning rate asked for during a run that is not a number above 0. */
export function checkLearningRate(rate: number): void {
  if (!(Number.isFinite(rate) && rate > 0))
    throw new Error(`A learning rate must be a number above 0, not ${rate}.`);
}

/** The other optimizers read their `learningRate` field on every update. */
function byField(optimizer: Optimizer): RunOptimizer {
  // The field is protected in the type declarations, but it is the one the update reads.
  const settable = optimizer as unknown as { learningRate: number };
  return { optimizer, setLearningRate: (rate) => (settable.learningRate = rate) };
}
