/**
 * The fixed examples every bundle carries: real examples from the project's dataset when it has one
 * whose shape fits the model, otherwise seeded random values of the model's input shapes. Either
 * way the same project gives the same examples, so a bundle's samples can be checked again later.
 */
import { createRandom } from '../../data/random';
import type { Dataset } from '../../data/types';
import type { Shape } from '../../layers/shape';
import type { ExportTensor } from './types';

/** Enough examples to catch a wrong layout, few enough to keep the bundle small. */
export const SAMPLE_COUNT = 4;

const size = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);
const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * One tensor per model input, batch first. A dataset is used only for a model with one input of
 * the dataset's shape, and only its test examples (then training examples if the test part is
 * empty), taken in order.
 */
export function sampleInputs(
  inputShapes: readonly Shape[],
  options: { seed: number; dataset?: Dataset; count?: number },
): ExportTensor[] {
  const count = options.count ?? SAMPLE_COUNT;
  const data = options.dataset;
  if (data && inputShapes.length === 1 && sameShape(inputShapes[0]!, data.inputShape)) {
    const split = data.test.count > 0 ? data.test : data.train;
    const n = Math.min(count, split.count);
    if (n > 0) {
      const per = size(data.inputShape);
      return [{ shape: [n, ...data.inputShape], values: split.x.slice(0, n * per) }];
    }
  }
  const random = createRandom(options.seed);
  return inputShapes.map((shape) => {
    const values = new Float32Array(count * size(shape));
    // Standard normal values exercise both signs, which ReLU-like layers treat differently.
    for (let i = 0; i < values.length; i++) values[i] = random.normal();
    return { shape: [count, ...shape], values };
  });
}
