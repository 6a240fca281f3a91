/**
 * The IDX format of MNIST and Fashion-MNIST: a 4-byte magic number (two zero bytes, a type code, the
 * number of dimensions), each dimension as a big-endian unsigned 32-bit size, then the values in
 * row-major order, big-endian. Files from elsewhere are untrusted, so every size is checked against
 * the bytes actually present and against a bound before anything is allocated.
 */
import { DatasetError } from '../errors';

export type IdxType = 'uint8' | 'int8' | 'int16' | 'int32' | 'float32' | 'float64';
export type IdxData =
  Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;

export interface IdxArray {
  type: IdxType;
  /** The size of each dimension, outermost first: [60000, 28, 28] for MNIST's training images. */
  shape: number[];
  /** The values, row-major, in the platform's byte order; `data.length` is the product of `shape`. */
  data: IdxData;
}

/** What the header says, before the values are read. */
export interface IdxHeader {
  type: IdxType;
  shape: number[];
  /** Where the values start: 4 + 4 · dimensions. */
  dataOffset: number;
}

export interface IdxOptions {
  /** What to call the file in messages, e.g. its name; 'The IDX file' by default. */
  name?: string;
  /** The most values accepted; larger files are refused before anything is allocated. */
  maxValues?: number;
}

/** Two hundred million values: full MNIST's 47 million fit with room; a corrupt size does not. */
export const DEFAULT_MAX_IDX_VALUES = 200_000_000;

const TYPES: Readonly<Record<number, { type: IdxType; bytes: number }>> = {
  0x08: { type: 'uint8', bytes: 1 },
  0x09: { type: 'int8', bytes: 1 },
  0x0b: { type: 'int16', bytes: 2 },
  0x0c: { type: 'int32', bytes: 4 },
  0x0d: { type: 'float32', bytes: 4 },
  0x0e: { type: 'float64', bytes: 8 },
};
const CODES: Readonly<Record<IdxType, number>> = {
  uint8: 0x08,
  int8: 0x09,
  int16: 0x0b,
  int32: 0x0c,
  float32: 0x0d,
  float64: 0x0e,
};

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, '0')}`;
const count = (n: number) => n.toLocaleString('en-US');

export function idxTypeBytes(type: IdxType): number {
  return TYPES[CODES[type]]!.bytes;
}

function corrupt(name: string, message: string): DatasetError {
  return new DatasetError('corrupt', `${name} ${message}`);
}

/** Reads and checks the header: magic number, type code, dimensions and the size they imply. */
export function readIdxHeader(bytes: Uint8Array, options: IdxOptions = {}): IdxHeader {
  const name = options.name ?? 'The IDX file';
  const maxValues = options.maxValues ?? DEFAULT_MAX_IDX_VALUES;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw corrupt(name, 'is still gzip-compressed (it starts with 1f 8b); decompress it first.');
  }
  if (bytes.length < 4) {
    throw corrupt(name, `is ${bytes.length} bytes long, shorter than the 4-byte IDX header.`);
  }
  if (bytes[0] !== 0 || bytes[1] !== 0) {
    throw corrupt(
      name,
      `is not an IDX file: it should start with two zero bytes, but starts with ${hex(bytes[0]!)} ${hex(bytes[1]!)}.`,
    );
  }
  const code = bytes[2]!;
  const kind = TYPES[code];
  if (!kind) {
    throw corrupt(
      name,
      `has the unknown value type ${hex(code)} at byte 2; IDX knows 0x08 (unsigned byte), 0x09 (signed byte), 0x0b (16-bit), 0x0c (32-bit), 0x0d (float) and 0x0e (double).`,
    );
  }
  const dims = bytes[3]!;
  if (dims === 0) throw corrupt(name, 'declares 0 dimensions at byte 3; at least 1 is needed.');
  const dataOffset = 4 + 4 * dims;
  if (bytes.length < dataOffset) {
    throw corrupt(
      name,
      `declares ${dims} dimensions, whose sizes need bytes 4 to ${dataOffset - 1}, but the file is only ${bytes.length} bytes long.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shape: number[] = [];
  let values = 1;
  for (let d = 0; d < dims; d++) {
    const size = view.getUint32(4 + 4 * d, false);
    shape.push(size);
    values *= size;
  }
  if (values > maxValues) {
    throw corrupt(
      name,
      `declares shape [${shape.join(', ')}], ${count(values)} values, more than the ${count(maxValues)} accepted.`,
    );
  }
  const expected = dataOffset + values * kind.bytes;
  if (bytes.length !== expected) {
    const what = bytes.length < expected ? 'truncated' : 'longer than its header says';
    throw corrupt(
      name,
      `is ${what}: shape [${shape.join(', ')}] of ${kind.type} needs ${count(expected)} bytes, but it has ${count(bytes.length)}.`,
    );
  }
  return { type: kind.type, shape, dataOffset };
}

/** Parses a whole (decompressed) IDX file. */
export function parseIdx(bytes: Uint8Array, options: IdxOptions = {}): IdxArray {
  const header = readIdxHeader(bytes, options);
  const { type, shape, dataOffset } = header;
  const n = shape.reduce((p, d) => p * d, 1);
  const body = bytes.subarray(dataOffset);
  // A copy, so that the result neither keeps the file's buffer alive nor changes with it.
  if (type === 'uint8') return { type, shape, data: body.slice() };
  if (type === 'int8') return { type, shape, data: new Int8Array(body.slice().buffer) };
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const data = newData(type, n);
  const size = idxTypeBytes(type);
  for (let i = 0; i < n; i++) data[i] = readValue(view, type, i * size);
  return { type, shape, data };
}

function newData(type: IdxType, n: number): IdxData {
  switch (type) {
    case 'uint8':
      return new Uint8Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'float32':
      return new Float32Array(n);
    case 'float64':
      return new Float64Array(n);
  }
}

function readValue(view: DataView, type: IdxType, at: number): number {
  switch (type) {
    case 'uint8':
      return view.getUint8(at);
    case 'int8':
      return view.getInt8(at);
    case 'int16':
      return view.getInt16(at, false);
    case 'int32':
      return view.getInt32(at, false);
    case 'float32':
      return view.getFloat32(at, false);
    case 'float64':
      return view.getFloat64(at, false);
  }
}

function writeValue(view: DataView, type: IdxType, at: number, value: number): void {
  switch (type) {
    case 'uint8':
      return view.setUint8(at, value);
    case 'int8':
      return view.setInt8(at, value);
    case 'int16':
      return view.setInt16(at, value, false);
    case 'int32':
      return view.setInt32(at, value, false);
    case 'float32':
      return view.setFloat32(at, value, false);
    case 'float64':
      return view.setFloat64(at, value, false);
  }
}

/** Writes an IDX file: the inverse of `parseIdx` (used to export data and to build test files). */
export function encodeIdx(array: IdxArray): Uint8Array {
  const { type, shape, data } = array;
  if (shape.length === 0 || shape.length > 255) {
    throw new RangeError(`IDX holds 1 to 255 dimensions, not ${shape.length}.`);
  }
  const n = shape.reduce((p, d) => p * d, 1);
  if (data.length !== n) {
    throw new RangeError(
      `Shape [${shape.join(', ')}] holds ${n} values, but ${data.length} given.`,
    );
  }
  const size = idxTypeBytes(type);
  const dataOffset = 4 + 4 * shape.length;
  const bytes = new Uint8Array(dataOffset + n * size);
  const view = new DataView(bytes.buffer);
  bytes[2] = CODES[type];
  bytes[3] = shape.length;
  shape.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  for (let i = 0; i < n; i++) writeValue(view, type, dataOffset + i * size, data[i]!);
  return bytes;
}
