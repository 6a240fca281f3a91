/**
 * Scores of the model on a set of examples (validation or test), in inference mode (no dropout,
 * BatchNorm with its moving statistics), in batches of `EVAL_BATCH`. The loss includes the
 * regularisation penalties, as the training loss does, so the two can be compared.
 */
import type { Tensor } from '@tensorflow/tfjs';
import type { Scores } from '../../protocol';
import { batchTensors, type Part } from './data';
import type { StepContext } from './trainStep';

/** Large enough to keep the backend busy, small enough for a CNN's activations on a laptop. */
export const EVAL_BATCH = 256;

export interface Evaluation {
  scores: Scores;
  /** The predicted class of each example, when asked for and the task is classification. */
  classes: Int32Array | null;
}

export async function evaluate(
  ctx: StepContext,
  part: Part,
  inputShape: readonly number[],
  targetShape: readonly number[],
  wantClasses: boolean,
): Promise<Evaluation> {
  const { tf, model, objective } = ctx;
  const n = part.indices.length;
  const sums = new Float64Array(1 + objective.metrics.length);
  const predict = wantClasses ? objective.predictedClasses : null;
  const classes = predict ? new Int32Array(n) : null;
  for (let start = 0; start < n; start += EVAL_BATCH) {
    const end = Math.min(n, start + EVAL_BATCH);
    const { x, y } = batchTensors(tf, part.rows, part.indices, start, end, inputShape, targetShape);
    const p = tf.tidy(() => model.apply(x, { training: false }) as Tensor);
    const numbers = tf.tidy(() =>
      tf.stack([objective.loss(y, p), ...objective.metrics.map((m) => m.mean(y, p))]),
    );
    const values = (await numbers.data()) as Float32Array;
    values.forEach((v, i) => (sums[i]! += v * (end - start)));
    if (classes && predict) {
      const predicted = tf.tidy(() => predict(p));
      classes.set((await predicted.data()) as Int32Array, start);
      predicted.dispose();
    }
    tf.dispose([x, y, p, numbers]);
  }
  const penalties = model.calculateLosses();
  let extra = 0;
  if (penalties.length > 0) {
    const total = tf.addN(penalties);
    extra = (await total.data())[0] ?? 0;
    tf.dispose([total, ...penalties]);
  }
  const metrics: Record<string, number> = {};
  objective.metrics.forEach((m, i) => (metrics[m.key] = sums[i + 1]! / n));
  return { scores: { loss: sums[0]! / n + extra, metrics }, classes };
}

/** The true class of each example of a part: the one-hot row's 1, or a single target above ½. */
export function trueClasses(part: Part): Int32Array {
  const { y, targetSize } = part.rows;
  return Int32Array.from(part.indices, (row) => {
    if (targetSize === 1) return y[row]! > 0.5 ? 1 : 0;
    let best = 0;
    for (let c = 1; c < targetSize; c++)
      if (y[row * targetSize + c]! > y[row * targetSize + best]!) best = c;
    return best;
  });
}

/** Rows are true classes, columns predicted ones: `values[t · size + p]` counts examples. */
export function confusionMatrix(
  truth: Int32Array,
  predicted: Int32Array,
  size: number,
): { size: number; values: Int32Array } {
  const values = new Int32Array(size * size);
  for (let i = 0; i < truth.length; i++) values[truth[i]! * size + predicted[i]!]! += 1;
  return { size, values };
}
