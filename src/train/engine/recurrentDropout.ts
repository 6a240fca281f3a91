/**
 * Seeded dropout inside recurrent layers. TensorFlow.js draws the masks of a recurrent cell's
 * `dropout` and `recurrentDropout` with no seed, and Keras JSON has no field to give one, so a run
 * with either would train differently each time whatever its seed. Each cell takes the function
 * that draws its masks as `dropoutFunc`; this gives every cell one that draws from the run's seed,
 * a fresh seed for every mask, so masks still differ from batch to batch but the run repeats.
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import { deriveSeed } from '../../compiler/toKeras';

type DropoutFunc = (x: Tensor, rate: number) => Tensor;

interface CellLike {
  dropoutFunc?: DropoutFunc;
}

/** The cell of a SimpleRNN, GRU or LSTM layer (TensorFlow.js keeps it as `cell`). */
function cellOf(layer: unknown): CellLike | null {
  const cell = (layer as { cell?: unknown }).cell;
  return cell !== null && typeof cell === 'object' && 'recurrentDropout' in cell
    ? (cell as CellLike)
    : null;
}

/** Makes every recurrent cell of `model` draw its dropout masks from `seed`; how many it seeded. */
export function seedRecurrentDropout(tf: Tf, model: LayersModel, seed: number): number {
  let seeded = 0;
  for (const layer of model.layers) {
    const cell = cellOf(layer);
    if (!cell) continue;
    let drawn = 0;
    cell.dropoutFunc = (x, rate) =>
      tf.dropout(x, rate, undefined, deriveSeed(seed, `${layer.name}/mask/${drawn++}`));
    seeded++;
  }
  return seeded;
}
