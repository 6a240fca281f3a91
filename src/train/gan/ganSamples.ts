/**
 * The generator's samples as the UI shows them: a grid of images for image data, a cloud of points
 * for two-feature data, with the mode-collapse measures. A fixed noise batch is used every time, so
 * the grid shows the same samples change as training goes on.
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import { CollapseReference, type CollapseCheck } from '../../gan/collapse';
import type { Rows } from '../../gan/spread';
import type { Body } from '../engine/runStream';

/** Images in the grid: a 6 × 6 square. */
export const GRID_IMAGES = 36;
/** Points in the overlay, of each kind. */
export const OVERLAY_POINTS = 500;
/** Real examples the collapse check compares with. */
const REFERENCE_ROWS = 500;

export class GanSampler {
  private readonly reference: CollapseReference;
  private readonly realPoints: Float32Array | null;
  private readonly count: number;
  /** The same noise every time: [count, noiseSize]. */
  private readonly noise: Float32Array;

  constructor(
    private readonly tf: Tf,
    private readonly sampleShape: readonly number[],
    real: Rows,
    noise: (rows: number) => Float32Array,
    private readonly noiseSize: number,
  ) {
    const isPoints = sampleShape.length === 1 && sampleShape[0] === 2;
    this.count = isPoints ? OVERLAY_POINTS : GRID_IMAGES;
    const realRows = Math.min(REFERENCE_ROWS, Math.floor(real.values.length / real.size));
    // The real examples are in shuffled order already when the caller draws them at random.
    const sample = real.values.slice(0, realRows * real.size);
    this.reference = new CollapseReference({ values: sample, size: real.size });
    this.realPoints = isPoints ? sample : null;
    this.noise = noise(this.count);
  }

  /** What the generator makes now, and whether it has collapsed. */
  sample(generator: LayersModel): { made: Float32Array; check: CollapseCheck } {
    const { tf } = this;
    const out = tf.tidy(() =>
      generator.predict(tf.tensor2d(this.noise, [this.count, this.noiseSize])),
    ) as Tensor;
    const made = out.dataSync() as Float32Array;
    out.dispose();
    const size = this.sampleShape.reduce((p, d) => p * d, 1);
    return { made, check: this.reference.check({ values: made, size }) };
  }

  /** The message body for the samples `made` (from `sample`). */
  body(
    made: Float32Array,
    check: CollapseCheck,
    at: { epoch: number; batch: number },
  ): Body<'ganSamples'> {
    if (this.realPoints) return { ...at, points: { made, real: this.realPoints }, check };
    let min = Infinity;
    let max = -Infinity;
    for (const v of made) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
    if (!(min < max)) max = min + 1;
    const data = new Uint8Array(made.length);
    for (let i = 0; i < made.length; i++)
      data[i] = Math.round(((made[i]! - min) / (max - min)) * 255);
    const shape =
      this.sampleShape.length === 3 ? [...this.sampleShape] : [1, size1(this.sampleShape), 1];
    return { ...at, images: { count: this.count, shape, data, min, max }, check };
  }
}

/** Vectors and sequences are drawn as one-row images. */
function size1(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}
