/**
 * The prediction gallery's examples: a few held-out examples, fixed for the whole run so the user
 * watches the same ones being learned, and after each epoch the class the model gives each and
 * how sure it is. Taken from the test set when there is one, else from the validation examples,
 * else from the training examples; spread evenly over them, so that sorted data still shows many
 * classes.
 */
import type { Tensor } from '@tensorflow/tfjs';
import type { TrainerMessageOf } from '../../protocol';
import { batchTensors, type Part, type RunData } from './data';
import { trueClasses } from './evaluate';
import type { StepContext } from './trainStep';

export type Predictions = NonNullable<TrainerMessageOf<'epoch'>['predictions']>;

/** Enough to fill a small gallery; the protocol allows up to `MAX_PREDICTIONS`. */
export const PREDICTION_EXAMPLES = 24;

export class PredictionSample {
  private readonly part: Part;
  private readonly split: Predictions['split'];
  private readonly actual: Int32Array;

  constructor(
    private readonly data: RunData,
    count = PREDICTION_EXAMPLES,
  ) {
    // Test rows are the test split's own; validation rows are rows of the training split.
    const source = data.test ?? data.validation ?? data.train;
    this.split = data.test ? 'test' : 'train';
    const n = source.indices.length;
    const k = Math.min(count, n);
    const picked = Uint32Array.from(
      { length: k },
      (_, i) => source.indices[Math.floor((i * n) / k)]!,
    );
    this.part = { rows: source.rows, indices: picked };
    this.actual = trueClasses(this.part);
  }

  /** The model's classes and confidences for the sample now, in inference mode. */
  async predict(ctx: StepContext): Promise<Predictions> {
    const { tf, model, objective } = ctx;
    const classify = objective.predictedClasses;
    if (!classify) throw new Error('Predictions are made for classification only.');
    const { part, data } = this;
    const n = part.indices.length;
    const { x, y } = batchTensors(
      tf,
      part.rows,
      part.indices,
      0,
      n,
      data.inputShape,
      data.targetShape,
    );
    const [classes, confidence] = tf.tidy(() => {
      const p = (model.apply(x, { training: false }) as Tensor).reshape([n, -1]);
      const predicted = classify(p);
      // A single sigmoid unit gives the second class's probability; the first's is 1 − p.
      const chosen =
        p.shape[1] === 1
          ? tf.where(tf.equal(predicted, 1), p.reshape([n]), tf.sub(1, p.reshape([n])))
          : tf.max(p, -1);
      return [predicted, tf.clipByValue(chosen, 0, 1)];
    });
    const predicted = Int32Array.from((await classes.data()) as Int32Array);
    const values = Float32Array.from((await confidence.data()) as Float32Array);
    tf.dispose([x, y, classes, confidence]);
    return {
      split: this.split,
      indices: Int32Array.from(part.indices),
      actual: this.actual.slice(),
      predicted,
      confidence: values,
    };
  }
}
