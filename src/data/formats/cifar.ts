/**
 * The CIFAR-10 binary format: each batch file is a run of 3,073-byte records, one label byte
 * (0–9) then 3,072 pixel bytes: the 1,024 red values of the 32 × 32 image row by row, then the
 * green, then the blue. NeuroCanvas works channels-last ([32, 32, 3], as tfjs and Keras do), so the
 * three planes are interleaved here, and grey levels become [0, 1].
 */
import { DatasetError } from '../errors';

export const CIFAR_SIDE = 32;
export const CIFAR_PIXELS = CIFAR_SIDE * CIFAR_SIDE;
export const CIFAR_RECORD_BYTES = 1 + 3 * CIFAR_PIXELS;
export const CIFAR_CLASSES = 10;

export interface CifarBatch {
  /** Images channels-last, [count, 32, 32, 3], values in [0, 1]. */
  x: Float32Array;
  labels: Uint8Array;
  count: number;
}

/** Reads one batch file; `name` names it in messages. */
export function parseCifarBatch(bytes: Uint8Array, name: string): CifarBatch {
  if (bytes.length === 0 || bytes.length % CIFAR_RECORD_BYTES !== 0) {
    throw new DatasetError(
      'corrupt',
      `${name} is ${bytes.length.toLocaleString('en-US')} bytes long, not a whole number of ${CIFAR_RECORD_BYTES.toLocaleString('en-US')}-byte CIFAR-10 records.`,
    );
  }
  const count = bytes.length / CIFAR_RECORD_BYTES;
  const x = new Float32Array(count * 3 * CIFAR_PIXELS);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const record = i * CIFAR_RECORD_BYTES;
    const label = bytes[record]!;
    if (label >= CIFAR_CLASSES) {
      throw new DatasetError(
        'corrupt',
        `${name}: record ${i} has the label ${label}, but CIFAR-10 labels go from 0 to 9.`,
      );
    }
    labels[i] = label;
    const out = i * 3 * CIFAR_PIXELS;
    for (let p = 0; p < CIFAR_PIXELS; p++) {
      for (let c = 0; c < 3; c++) {
        x[out + p * 3 + c] = bytes[record + 1 + c * CIFAR_PIXELS + p]! / 255;
      }
    }
  }
  return { x, labels, count };
}

/** The class names of batches.meta.txt: one per line, in label order. */
export function parseCifarClassNames(text: string, name: string): string[] {
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (names.length !== CIFAR_CLASSES) {
    throw new DatasetError(
      'corrupt',
      `${name} should name ${CIFAR_CLASSES} classes, one per line, but names ${names.length}.`,
    );
  }
  return names;
}

/** Writes records in the batch format (the inverse of `parseCifarBatch`, from 0–255 bytes). */
export function encodeCifarBatch(labels: ArrayLike<number>, planes: Uint8Array): Uint8Array {
  const count = labels.length;
  if (planes.length !== count * 3 * CIFAR_PIXELS) {
    throw new RangeError(`${count} images need ${count * 3 * CIFAR_PIXELS} bytes of pixels.`);
  }
  const out = new Uint8Array(count * CIFAR_RECORD_BYTES);
  for (let i = 0; i < count; i++) {
    out[i * CIFAR_RECORD_BYTES] = labels[i]!;
    out.set(
      planes.subarray(i * 3 * CIFAR_PIXELS, (i + 1) * 3 * CIFAR_PIXELS),
      i * CIFAR_RECORD_BYTES + 1,
    );
  }
  return out;
}
