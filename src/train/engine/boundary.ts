/**
 * The decision boundary view (TensorFlow Playground's): the model's outputs on a 64 × 64 grid over
 * its two input features. Grid point (row r, column c) is x = x0 + c·(x1 − x0)/63,
 * y = y0 + r·(y1 − y0)/63, as the protocol's `boundary` message defines.
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import { datasetInfo, type Dataset } from '../../data';
import { BOUNDARY_GRID_SIZE, type TrainerMessageOf } from '../../protocol';
import { MAX_BOUNDARY_CHANNELS } from '../../protocol/limits';

type Range = [number, number];
type Boundary = Omit<TrainerMessageOf<'boundary'>, 'v' | 'type' | 'runId' | 'epoch'>;

/** Whether the view applies: two input features, and not too many outputs to send per point. */
export function hasBoundary(dataset: Dataset, outputUnits: number): boolean {
  return (
    dataset.inputShape.length === 1 &&
    dataset.inputShape[0] === 2 &&
    outputUnits <= MAX_BOUNDARY_CHANNELS
  );
}

/**
 * The square to draw: the catalogue's input domain for a known dataset, else the range the
 * training inputs cover (widened by 1 each way when a feature never changes).
 */
export function boundaryRanges(dataset: Dataset): [Range, Range] {
  const domain = datasetInfo(dataset.id)?.inputDomain;
  if (domain && domain.length === 2 && domain.every((d) => d.min < d.max))
    return [
      [domain[0]!.min, domain[0]!.max],
      [domain[1]!.min, domain[1]!.max],
    ];
  const ranges: Range[] = [0, 1].map((feature) => {
    let low = Infinity;
    let high = -Infinity;
    const { x, count } = dataset.train;
    for (let i = 0; i < count; i++) {
      const v = x[2 * i + feature]!;
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    if (!(low < high)) return low === high ? [low - 1, high + 1] : [-1, 1];
    return [low, high];
  });
  return [ranges[0]!, ranges[1]!];
}

/** The grid's points as a [64·64, 2] input, row by row. */
export function boundaryGrid(xRange: Range, yRange: Range): Float32Array {
  const n = BOUNDARY_GRID_SIZE;
  const grid = new Float32Array(n * n * 2);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const at = 2 * (r * n + c);
      grid[at] = xRange[0] + (c * (xRange[1] - xRange[0])) / (n - 1);
      grid[at + 1] = yRange[0] + (r * (yRange[1] - yRange[0])) / (n - 1);
    }
  return grid;
}

export class BoundaryView {
  private readonly grid: Float32Array;

  constructor(
    private readonly tf: Tf,
    private readonly model: LayersModel,
    private readonly xRange: Range,
    private readonly yRange: Range,
  ) {
    this.grid = boundaryGrid(xRange, yRange);
  }

  async compute(): Promise<Boundary> {
    const { tf } = this;
    const n = BOUNDARY_GRID_SIZE * BOUNDARY_GRID_SIZE;
    const output = tf.tidy(() => {
      // One batch: predict's default of 32 would split the grid into 128 calls, 40× slower.
      const p = this.model.predict(tf.tensor(this.grid, [n, 2]), { batchSize: n }) as Tensor;
      return p.reshape([n, -1]);
    });
    const channels = output.shape[1]!;
    const values = ((await output.data()) as Float32Array).slice();
    output.dispose();
    return { xRange: this.xRange, yRange: this.yRange, channels, values };
  }
}
