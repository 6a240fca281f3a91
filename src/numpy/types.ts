/** Arrays as NumPy stores them in `.npy` files: a dtype, a shape and the values in C (row-major) order. */

export const NPY_DTYPES = ['float32', 'float64', 'int32', 'int64', 'uint8', 'bool'] as const;
export type NpyDtype = (typeof NPY_DTYPES)[number];

interface Of<D extends NpyDtype, A> {
  dtype: D;
  shape: readonly number[];
  data: A;
}

/** Booleans are one byte each, 0 or 1, as NumPy stores them. */
export type NpyArray =
  | Of<'float32', Float32Array>
  | Of<'float64', Float64Array>
  | Of<'int32', Int32Array>
  | Of<'int64', BigInt64Array>
  | Of<'uint8', Uint8Array>
  | Of<'bool', Uint8Array>;

/** How NumPy spells each dtype in a header (little-endian; one-byte types have no byte order). */
export const DESCR: Readonly<Record<NpyDtype, string>> = {
  float32: '<f4',
  float64: '<f8',
  int32: '<i4',
  int64: '<i8',
  uint8: '|u1',
  bool: '|b1',
};

export const ITEM_SIZE: Readonly<Record<NpyDtype, number>> = {
  float32: 4,
  float64: 8,
  int32: 4,
  int64: 8,
  uint8: 1,
  bool: 1,
};

/** A bad `.npy` or `.npz` file: the message says what is wrong and where. */
export class NpyError extends Error {
  override name = 'NpyError';
}

/** Reading limits, so that a hostile file cannot make the reader allocate without bound. */
export interface ReadLimits {
  /** The most bytes of array data one file may declare; 1 GiB unless set. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 1024 ** 3;

export function float32Array(shape: readonly number[], data: Float32Array): NpyArray {
  return { dtype: 'float32', shape, data };
}

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}
