/** Reading and writing single arrays in NumPy's `.npy` format. */
import { formatHeader, parseHeader } from './header';
import {
  DEFAULT_MAX_BYTES,
  DESCR,
  elementCount,
  ITEM_SIZE,
  NpyError,
  type NpyArray,
  type NpyDtype,
  type ReadLimits,
} from './types';

export function writeNpy(array: NpyArray): Uint8Array {
  const { shape, data } = array;
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new NpyError(`Shape [${shape.join(', ')}] must hold whole numbers ≥ 0.`);
  }
  if (elementCount(shape) !== data.length) {
    throw new NpyError(
      `Shape [${shape.join(', ')}] holds ${elementCount(shape)} values, but the array has ${data.length}.`,
    );
  }
  const header = formatHeader({
    descr: DESCR[array.dtype],
    fortranOrder: false,
    shape: [...shape],
  });
  const body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  // Typed arrays use the machine's byte order; every platform Node runs on is little-endian.
  out.set(body, header.length);
  return out;
}

/** `where` names the file in error messages, e.g. "'weights.npz' entry 'dense.weight'". */
export function readNpy(bytes: Uint8Array, where = 'the file', limits: ReadLimits = {}): NpyArray {
  const { header, offset } = parseHeader(bytes, where);
  const { dtype, bigEndian } = readDescr(header.descr, where);
  const count = elementCount(header.shape);
  const byteLength = count * ITEM_SIZE[dtype];
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const shapeText = `(${header.shape.join(', ')})`;
  // Checked before anything is allocated: a declared shape never makes the reader reserve memory.
  if (!Number.isSafeInteger(byteLength) || byteLength > maxBytes) {
    throw new NpyError(
      `${where} declares shape ${shapeText} of ${dtype}, ${byteLength} bytes; at most ${maxBytes} are read.`,
    );
  }
  const available = bytes.length - offset;
  if (available < byteLength) {
    throw new NpyError(
      `${where} is truncated: shape ${shapeText} of ${dtype} needs ${byteLength} bytes of data, but ${available} follow the header.`,
    );
  }
  // A copy, aligned for the typed array (a Node Buffer's slice would share the pool instead).
  const raw = new Uint8Array(bytes.subarray(offset, offset + byteLength));
  if (bigEndian) swapBytes(raw, ITEM_SIZE[dtype]);
  const array = typedArray(dtype, raw.buffer, count);
  if (dtype === 'bool' && array.data.some((v) => v !== 0 && v !== 1)) {
    throw new NpyError(`${where} holds a bool value other than 0 or 1.`);
  }
  if (!header.fortranOrder) return { ...array, shape: header.shape } as NpyArray;
  return { ...array, shape: header.shape, data: fortranToC(array.data, header.shape) } as NpyArray;
}

function readDescr(descr: string, where: string): { dtype: NpyDtype; bigEndian: boolean } {
  const match = /^([<>|=]?)([fiub])(\d+)$/.exec(descr);
  const found = match
    ? (Object.entries(DESCR) as [NpyDtype, string][]).find(
        ([, d]) => d.slice(1) === `${match[2]}${match[3]}`,
      )
    : undefined;
  if (!match || !found) {
    throw new NpyError(
      `${where} holds dtype '${descr}'; only float32, float64, int32, int64, uint8 and bool are read.`,
    );
  }
  return { dtype: found[0], bigEndian: match[1] === '>' && ITEM_SIZE[found[0]] > 1 };
}

function typedArray(dtype: NpyDtype, buffer: ArrayBuffer, count: number) {
  switch (dtype) {
    case 'float32':
      return { dtype, data: new Float32Array(buffer, 0, count) };
    case 'float64':
      return { dtype, data: new Float64Array(buffer, 0, count) };
    case 'int32':
      return { dtype, data: new Int32Array(buffer, 0, count) };
    case 'int64':
      return { dtype, data: new BigInt64Array(buffer, 0, count) };
    case 'uint8':
    case 'bool':
      return { dtype, data: new Uint8Array(buffer, 0, count) };
  }
}

function swapBytes(raw: Uint8Array, size: number): void {
  for (let i = 0; i < raw.length; i += size) raw.subarray(i, i + size).reverse();
}

/** Column-major values to row-major: element (i₀, …, iₖ) sits at Σ iⱼ·stride_j with stride_0 = 1. */
function fortranToC<A extends NpyArray['data']>(data: A, shape: readonly number[]): A {
  const out = new (data.constructor as new (n: number) => A)(data.length);
  const rank = shape.length;
  const index = new Array<number>(rank).fill(0);
  const strides: number[] = [];
  let stride = 1;
  for (const d of shape) {
    strides.push(stride);
    stride *= d;
  }
  for (let c = 0; c < data.length; c++) {
    let f = 0;
    for (let j = 0; j < rank; j++) f += index[j]! * strides[j]!;
    out[c] = data[f]!;
    for (let j = rank - 1; j >= 0; j--) {
      if (++index[j]! < shape[j]!) break;
      index[j] = 0;
    }
  }
  return out;
}
