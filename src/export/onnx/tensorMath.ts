/** Rearranging weight arrays from tfjs' layouts into ONNX's, done once at export time. */

export interface DenseArray {
  shape: readonly number[];
  values: Float32Array;
}

/** Row-major strides of a shape: how far apart consecutive indices of each axis lie. */
function strides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) out[i] = out[i + 1]! * shape[i + 1]!;
  return out;
}

/** Axis i of the result is axis perm[i] of `a` (numpy's `transpose(a, perm)`). */
export function transposeArray(a: DenseArray, perm: readonly number[]): DenseArray {
  if (perm.length !== a.shape.length || [...perm].sort((x, y) => x - y).some((p, i) => p !== i)) {
    throw new Error(`[${perm.join(', ')}] is not a permutation of ${a.shape.length} axes.`);
  }
  const shape = perm.map((p) => a.shape[p]!);
  const from = strides(a.shape);
  const step = perm.map((p) => from[p]!);
  const values = new Float32Array(a.values.length);
  const index = new Array<number>(shape.length).fill(0);
  let source = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = a.values[source]!;
    // Advance the result's index like an odometer, moving the source offset along.
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index[axis]!++;
      source += step[axis]!;
      if (index[axis]! < shape[axis]!) break;
      source -= step[axis]! * shape[axis]!;
      index[axis] = 0;
    }
  }
  return { shape, values };
}

/**
 * Recurrent weights: Keras keeps the gates side by side in the columns of a [rows, gates·units]
 * matrix; ONNX wants the transpose, [gates·units, rows], with its own gate order. `order[g]` is
 * the Keras gate that becomes ONNX gate g.
 */
export function gateRows(
  matrix: DenseArray,
  units: number,
  order: readonly number[],
): Float32Array {
  const [rows, cols] = matrix.shape as [number, number];
  if (cols !== order.length * units) {
    throw new Error(`A [${rows}, ${cols}] matrix does not hold ${order.length} gates of ${units}.`);
  }
  const out = new Float32Array(rows * cols);
  order.forEach((kerasGate, g) => {
    for (let j = 0; j < units; j++) {
      for (let r = 0; r < rows; r++) {
        out[(g * units + j) * rows + r] = matrix.values[r * cols + kerasGate * units + j]!;
      }
    }
  });
  return out;
}

/** A [gates·units] vector with its gate blocks put in ONNX's order, as `gateRows` does. */
export function gateVector(vector: Float32Array, units: number, order: readonly number[]) {
  const out = new Float32Array(order.length * units);
  order.forEach((kerasGate, g) =>
    out.set(vector.subarray(kerasGate * units, (kerasGate + 1) * units), g * units),
  );
  return out;
}
