/**
 * One training step, written out rather than left to `model.fit` so that control, gradients and
 * divergence are handled exactly:
 *
 * 1. forward in training mode (Dropout drops, BatchNorm uses the batch statistics) and the loss,
 *    L = mean_batch loss(y, ŷ) + Σ regularisation penalties;
 * 2. the gradients ∂L/∂w of every trainable variable (`tf.variableGrads`);
 * 3. one read of a few numbers: a finiteness check c = L + 0 · Σ_w Σ ∂L/∂w (NaN or ±∞ as soon as
 *    the loss or any gradient is), the loss and the metrics;
 * 4. only when c is finite: the optimizer's update. A step that would diverge changes nothing,
 *    so the weights from before it are kept.
 *
 * With `measure`, the step also reports per layer the L2 norms of the gradient, of the update
 * (w_after − w_before) and of the weights after it; this costs a copy of the weights, so it is
 * asked for once per epoch and only while the layer-stats stream is on.
 *
 * With `detail` (only for a Step taken while paused, never on the hot path), it also reads back
 * every gradient in full and the update the optimizer applied, w_after − w_before, per variable.
 */
import type { LayersModel, Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import type { ModelLayer } from './modelLayers';
import type { Objective } from './objective';

export interface StepContext {
  tf: Tf;
  model: LayersModel;
  objective: Objective;
  optimizer: Optimizer;
  layers: readonly ModelLayer[];
  /** Every trainable variable of the model, in a fixed order (the optimizer's state follows it). */
  variables: Variable[];
}

export interface LayerNorms {
  gradient: number[];
  update: number[];
  weight: number[];
}

/** Per entry of `layers`, per variable of that layer: ∂L/∂w and the update w_after − w_before. */
export interface StepValues {
  gradients: Float32Array[][];
  updates: Float32Array[][];
}

export interface StepResult {
  /** False when the loss or a gradient was NaN or infinite: nothing was updated. */
  finite: boolean;
  /** True when the loss itself (not only a gradient) was finite. */
  lossFinite: boolean;
  loss: number;
  /** In the objective's metric order. */
  metrics: number[];
  /** Per entry of `layers` with variables (others are 0), when measured and finite. */
  norms: LayerNorms | null;
  /** The predicted class of each example of the batch, when asked for. */
  classes: Int32Array | null;
  /** When asked for and finite. */
  detail: StepValues | null;
}

export interface StepOptions {
  /** Also measure the per-layer norms (see above). */
  measure: boolean;
  /** Also read back the predicted classes (for a confusion matrix of the training batches). */
  classes: boolean;
  /** Also read back the full gradients and the applied update (see above). */
  detail?: boolean;
}

export async function trainStep(
  ctx: StepContext,
  x: Tensor,
  y: Tensor,
  options: StepOptions,
): Promise<StepResult> {
  const { tf, model, objective } = ctx;
  const { measure } = options;
  const predict = options.classes ? objective.predictedClasses : null;
  let prediction: Tensor = null as unknown as Tensor;
  const { value, grads } = tf.variableGrads(() => {
    const p = model.apply(x, { training: true }) as Tensor;
    prediction = tf.keep(p);
    let total = objective.loss(y, p);
    for (const penalty of model.calculateLosses()) total = tf.add(total, penalty);
    return total;
  }, ctx.variables);
  const gradients = Object.values(grads);
  const numbers = tf.tidy(() => {
    const gradientSum = gradients.length > 0 ? tf.addN(gradients.map((g) => tf.sum(g))) : 0;
    const parts: Tensor[] = [tf.add(value, tf.mul(gradientSum, 0)), value];
    for (const metric of objective.metrics) parts.push(metric.mean(y, prediction));
    const scores = tf.stack(parts);
    // Class ids are small whole numbers: exact in float32, so they travel in the same read.
    return predict ? tf.concat([scores, predict(prediction).cast('float32')]) : scores;
  });
  const gradientNorms = measure ? layerNorms(ctx, (v) => grads[v.name] ?? null) : null;
  const read = (await numbers.data()) as Float32Array;
  tf.dispose([numbers, value, prediction]);
  const finite = Number.isFinite(read[0]);
  const metricsEnd = 2 + objective.metrics.length;
  const result: StepResult = {
    finite,
    lossFinite: Number.isFinite(read[1]),
    loss: read[1]!,
    metrics: Array.from(read.subarray(2, metricsEnd)),
    norms: null,
    classes: predict ? Int32Array.from(read.subarray(metricsEnd)) : null,
    detail: null,
  };
  if (!finite) {
    tf.dispose(gradientNorms ? [...gradients, gradientNorms] : gradients);
    return result;
  }
  const keepBefore = measure || options.detail === true;
  const before = keepBefore ? ctx.layers.map((l) => l.variables.map((v) => tf.clone(v))) : null;
  const gradientValues = options.detail
    ? await Promise.all(
        ctx.layers.map((l) =>
          Promise.all(l.variables.map((v) => readCopy(grads[v.name] ?? null, v.size))),
        ),
      )
    : null;
  ctx.optimizer.applyGradients(grads);
  tf.dispose(gradients);
  if (gradientValues && before) {
    const updates = await Promise.all(
      ctx.layers.map((l, li) =>
        Promise.all(
          l.variables.map(async (v, i) => {
            const change = tf.sub(v, before[li]![i]!);
            const values = await readCopy(change, v.size);
            change.dispose();
            return values;
          }),
        ),
      ),
    );
    result.detail = { gradients: gradientValues, updates };
  }
  if (gradientNorms && before) {
    const updateNorms = layerNorms(ctx, (v, l, i) => tf.sub(v, before[l]![i]!));
    const weightNorms = layerNorms(ctx, (v) => v);
    const all = tf.tidy(() => tf.concat([gradientNorms, updateNorms, weightNorms]));
    const values = Array.from((await all.data()) as Float32Array);
    tf.dispose([all, gradientNorms, updateNorms, weightNorms]);
    const n = ctx.layers.length;
    result.norms = {
      gradient: values.slice(0, n),
      update: values.slice(n, 2 * n),
      weight: values.slice(2 * n),
    };
  }
  if (before) tf.dispose(before.flat());
  return result;
}

/**
 * A tensor's values in an array of their own: the cpu backend hands out a tensor's storage, which
 * a message would detach when it transfers it. A variable without a gradient (unused) reads as 0.
 */
async function readCopy(t: Tensor | null, size: number): Promise<Float32Array> {
  if (!t) return new Float32Array(size);
  return Float32Array.from((await t.data()) as Float32Array);
}

/** Per layer, sqrt(Σ over its variables of Σ t²) for the tensor `pick` gives for each variable. */
function layerNorms(
  ctx: StepContext,
  pick: (v: ModelLayer['variables'][number], layer: number, index: number) => Tensor | null,
): Tensor {
  const { tf } = ctx;
  return tf.tidy(() =>
    tf.stack(
      ctx.layers.map((layer, l) => {
        let sum: Scalar = tf.scalar(0);
        layer.variables.forEach((v, i) => {
          const t = pick(v, l, i);
          if (t) sum = tf.add(sum, tf.sum(tf.square(t)));
        });
        return tf.sqrt(sum);
      }),
    ),
  );
}
