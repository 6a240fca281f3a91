/**
 * What training minimises and reports, from the Output node's loss and metrics: the loss as the
 * mean over the batch, and each metric as a mean under its short key (`acc`, `mae`, `mse`), the
 * keys Keras prints and the `train --json` output uses. For masks (segmentation) there is the
 * Dice loss and the IoU metric.
 *
 * Classification targets arrive one-hot. Sparse categorical cross-entropy on one-hot rows is the
 * same number as categorical cross-entropy, so both use the latter; a single sigmoid output
 * (binary cross-entropy) is trained against the one-hot row's second column (see `targets.ts`).
 */
import type { Scalar, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';

export interface Metric {
  key: string;
  /** The mean over the batch, as a scalar. */
  mean(y: Tensor, prediction: Tensor): Scalar;
}

export interface Objective {
  loss(y: Tensor, prediction: Tensor): Scalar;
  metrics: readonly Metric[];
  /** Classification only: the predicted class of each example, as int32 [batch]. */
  predictedClasses: ((prediction: Tensor) => Tensor) | null;
}

/** The metric names an Output offers and the keys their values are reported under. */
export const METRIC_KEYS: Readonly<Record<string, string>> = {
  accuracy: 'acc',
  mae: 'mae',
  mse: 'mse',
  iou: 'iou',
};

export function buildObjective(
  tf: Tf,
  loss: string,
  metricNames: readonly string[],
  classification: boolean,
  outputUnits: number,
): Objective {
  const binary = classification && outputUnits === 1;
  const perExample = lossFunction(tf, loss);
  const predictedClasses = !classification
    ? null
    : binary
      ? (p: Tensor) => tf.greater(p, 0.5).reshape([-1]).cast('int32')
      : (p: Tensor) => tf.argMax(p, -1);

  const metrics: Metric[] = [];
  for (const name of metricNames) {
    const key = METRIC_KEYS[name];
    if (!key || metrics.some((m) => m.key === key)) continue;
    // Accuracy counts right classes; a regression has none, so it is left out there.
    if (name === 'accuracy' && predictedClasses) {
      const trueClasses = binary
        ? (y: Tensor) => tf.greater(y, 0.5).reshape([-1]).cast('int32')
        : (y: Tensor) => tf.argMax(y, -1);
      metrics.push({
        key,
        mean: (y, p) => tf.mean(tf.equal(predictedClasses(p), trueClasses(y)).cast('float32')),
      });
    } else if (name === 'mae') {
      metrics.push({ key, mean: (y, p) => tf.mean(tf.abs(tf.sub(y, p))) });
    } else if (name === 'mse') {
      metrics.push({ key, mean: (y, p) => tf.mean(tf.squaredDifference(y, p)) });
    } else if (name === 'iou') {
      metrics.push({ key, mean: (y, p) => tf.mean(maskIoU(tf, y, p)) });
    }
  }
  return { loss: (y, p) => tf.mean(perExample(y, p)), metrics, predictedClasses };
}

/** The loss of each example (or element); the caller takes the mean. */
function lossFunction(tf: Tf, loss: string): (y: Tensor, p: Tensor) => Tensor {
  switch (loss) {
    case 'categorical_crossentropy':
    case 'sparse_categorical_crossentropy':
      return (y, p) => tf.metrics.categoricalCrossentropy(y, p);
    case 'binary_crossentropy':
      return (y, p) => tf.metrics.binaryCrossentropy(y, p);
    case 'mean_squared_error':
      return (y, p) => tf.squaredDifference(y, p);
    case 'mean_absolute_error':
      return (y, p) => tf.abs(tf.sub(y, p));
    case 'huber':
      // Keras' default δ = 1: ½e² where |e| ≤ 1, |e| − ½ beyond.
      return (y, p) => tf.losses.huberLoss(y, p, undefined, 1, tf.Reduction.NONE);
    case 'dice':
      return (y, p) => diceLoss(tf, y, p);
    default:
      throw new Error(`Unknown loss '${loss}'.`);
  }
}

/** Each example's values in one row: [batch, everything else]. */
function rows(y: Tensor, p: Tensor): [Tensor, Tensor] {
  const n = y.shape[0]!;
  return [y.reshape([n, -1]), p.reshape([n, -1])];
}

/**
 * The soft Dice loss of each example's mask: 1 − (2·Σ y·p + 1) / (Σ y + Σ p + 1). It scores the
 * overlap of the predicted and the true mask, so a small shape counts as much as a large one; the
 * 1s keep an empty mask predicted empty at loss 0 instead of 0/0.
 */
export function diceLoss(tf: Tf, y: Tensor, p: Tensor): Tensor {
  const [yr, pr] = rows(y, p);
  const overlap = tf.sum(tf.mul(yr, pr), -1);
  const total = tf.add(tf.sum(yr, -1), tf.sum(pr, -1));
  return tf.sub(1, tf.div(tf.add(tf.mul(overlap, 2), 1), tf.add(total, 1)));
}

/**
 * Intersection over union of each example's masks, pixels counted as inside from 0.5 up:
 * |predicted ∩ true| / |predicted ∪ true|, and 1 when both masks are empty.
 */
export function maskIoU(tf: Tf, y: Tensor, p: Tensor): Tensor {
  const [yr, pr] = rows(y, p);
  const truth = tf.greaterEqual(yr, 0.5).cast('float32');
  const predicted = tf.greaterEqual(pr, 0.5).cast('float32');
  const both = tf.sum(tf.mul(truth, predicted), -1);
  const either = tf.sub(tf.add(tf.sum(truth, -1), tf.sum(predicted, -1)), both);
  return tf.where(tf.equal(either, 0), tf.onesLike(either), tf.div(both, tf.maximum(either, 1)));
}
