/**
 * ELU with any α, as a TensorFlow.js layer: f(x) = x for x > 0, α(eˣ − 1) otherwise.
 * tfjs' own ELU layer accepts only α = 1; the lecture varies α, so this class takes the same
 * Keras name and config ({alpha}) and replaces it. Models saved with α = 1 load in plain tfjs too.
 */
import type { Tensor } from '@tensorflow/tfjs';
import { tf } from '../tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
type ConfigDict = ReturnType<InstanceType<typeof tf.layers.Layer>['getConfig']>;

export class Elu extends tf.layers.Layer {
  static className = 'ELU';
  readonly alpha: number;

  constructor(args: LayerArgs & { alpha?: number } = {}) {
    super(args);
    this.alpha = args.alpha ?? 1;
    this.supportsMasking = true;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const negative = tf.mul(this.alpha, tf.sub(tf.exp(tf.minimum(x, 0)), 1));
      return tf.where(tf.greater(x, 0), x, negative);
    });
  }

  override computeOutputShape(inputShape: (number | null)[] | (number | null)[][]) {
    return inputShape;
  }

  override getConfig(): ConfigDict {
    return { ...super.getConfig(), alpha: this.alpha };
  }
}
