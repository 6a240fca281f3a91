/** Test support: what a trained generator makes, measured against real examples. */
import type { Tensor } from '@tensorflow/tfjs';
import { compileGraph } from '../../../compiler/compile';
import { loadTf } from '../../../compiler/tf';
import { createRandom } from '../../../data/random';
import type { GanPart } from '../../../gan/parts';
import type { NodeWeights } from '../../../project/weights';

/** `rows` samples of the generator with `weights`, from seeded standard-normal noise. */
export async function generate(
  generator: GanPart,
  weights: NodeWeights,
  rows: number,
  seed = 7,
): Promise<{ noise: Float32Array; made: Float32Array }> {
  const tf = await loadTf();
  const { model } = await compileGraph(generator.graph, { weights });
  const size = generator.inputShape[0]!;
  const random = createRandom(seed);
  const noise = Float32Array.from({ length: rows * size }, () => random.normal());
  const out = tf.tidy(() => model.predict(tf.tensor2d(noise, [rows, size]))) as Tensor;
  const made = out.dataSync() as Float32Array;
  out.dispose();
  model.dispose();
  return { noise, made };
}
