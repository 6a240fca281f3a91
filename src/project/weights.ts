/** Trained or imported weights, kept per node in the order tfjs lists a layer's weights. */
export interface WeightTensor {
  /** The weight's name within its layer, e.g. 'kernel', 'bias', 'moving_mean'. */
  name: string;
  shape: readonly number[];
  values: Float32Array;
}

/** Node id → that node's weights. */
export type NodeWeights = Readonly<Record<string, readonly WeightTensor[]>>;
