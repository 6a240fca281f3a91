/**
 * One round of adversarial training: the discriminator D learns to tell real samples from
 * generated ones, then the generator G learns to fool D while D stays as it is.
 *
 * With p = D(x), the probability that x is real, and binary cross-entropy
 * BCE(p, y) = −mean(y·log p + (1 − y)·log(1 − p)):
 *
 *   D's loss = ½·[BCE(D(x_real), 1) + BCE(D(G(z)), 0)]     (only D's weights move)
 *   G's loss = BCE(D(G(z)), 1)                               (only G's weights move)
 *
 * G's loss is the "non-saturating" form from Goodfellow et al. (2014): −log D(G(z)) gives G strong
 * gradients early on, when D rejects its samples easily; log(1 − D(G(z))) would give almost none.
 */
import type { LayersModel, Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';

/** Probabilities are kept this far from 0 and 1, as Keras does, so that log never sees 0. */
const EPSILON = 1e-7;

export interface AdversarialParts {
  tf: Tf;
  generator: LayersModel;
  discriminator: LayersModel;
  generatorOptimizer: Optimizer;
  discriminatorOptimizer: Optimizer;
}

export interface StepScores {
  dLoss: number;
  gLoss: number;
  /** D's mean output on the real batch and on the generated one (of its last update). */
  dReal: number;
  dFake: number;
}

function bce(tf: Tf, p: Tensor, real: boolean): Scalar {
  const clipped = tf.clipByValue(p, EPSILON, 1 - EPSILON);
  return (real ? tf.log(clipped) : tf.log(tf.sub(1, clipped))).mean().neg() as Scalar;
}

const trainable = (model: LayersModel) => model.trainableWeights.map((w) => w.read() as Variable);

/**
 * Updates D once per real batch in `realBatches` (each with its own noise from `noise`), then G
 * once with `noise` for a batch of the same size. Leaves no tensor behind but the models' and the
 * optimizers' own.
 */
export function adversarialStep(
  parts: AdversarialParts,
  realBatches: readonly Float32Array[],
  sampleShape: readonly number[],
  noise: (rows: number) => Float32Array,
  noiseSize: number,
): StepScores {
  const { tf, generator: g, discriminator: d } = parts;
  const dVars = trainable(d);
  const gVars = trainable(g);
  let dLoss = NaN;
  let dReal = NaN;
  let dFake = NaN;
  let rows = 1;
  for (const values of realBatches) {
    rows = values.length / sampleShape.reduce((p, n) => p * n, 1);
    const kept: { means?: Tensor } = {};
    const scores = tf.tidy(() => {
      const real = tf.tensor(values, [rows, ...sampleShape]);
      const z = tf.tensor2d(noise(rows), [rows, noiseSize]);
      const fake = g.apply(z, { training: false }) as Tensor;
      const loss = parts.discriminatorOptimizer.minimize(
        () => {
          const pReal = d.apply(real, { training: true }) as Tensor;
          const pFake = d.apply(fake, { training: true }) as Tensor;
          // Kept past the forward pass's own cleanup, for the scores; disposed below.
          kept.means = tf.keep(tf.stack([pReal.mean(), pFake.mean()]));
          return bce(tf, pReal, true)
            .add(bce(tf, pFake, false))
            .div(2) as Scalar;
        },
        true,
        dVars,
      )!;
      return tf.concat([loss.reshape([1]), kept.means!]);
    });
    tf.dispose(kept.means!);
    const [l, r, f] = scores.dataSync();
    scores.dispose();
    dLoss = l!;
    dReal = r!;
    dFake = f!;
  }
  const gScore = tf.tidy(() => {
    const z = tf.tensor2d(noise(rows), [rows, noiseSize]);
    return parts.generatorOptimizer.minimize(
      () => bce(tf, d.apply(g.apply(z, { training: true }), { training: false }) as Tensor, true),
      true,
      gVars,
    )!;
  });
  const gLoss = gScore.dataSync()[0]!;
  gScore.dispose();
  return { dLoss, gLoss, dReal, dFake };
}
