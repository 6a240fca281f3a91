/**
 * An IDX file as it is found on disk or in a download: raw, or gzip-compressed as MNIST and
 * Fashion-MNIST publish it. Decompression streams through fflate and stops as soon as the output
 * passes the bound, so a small file that inflates to gigabytes (a "zip bomb") is refused early.
 */
import { Gunzip } from 'fflate';
import { DatasetError } from '../errors';
import { DEFAULT_MAX_IDX_VALUES, parseIdx, type IdxArray, type IdxOptions } from './idx';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip data of at most `maxBytes` decompressed bytes. `name` names the data in
 * messages ("train-images-idx3-ubyte.gz is not valid gzip data: …").
 */
export function gunzipBounded(bytes: Uint8Array, maxBytes: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) {
      throw new DatasetError(
        'corrupt',
        `${name} decompresses to more than ${maxBytes.toLocaleString('en-US')} bytes, more than accepted.`,
      );
    }
    chunks.push(chunk);
  });
  try {
    // Fed in slices, so that the bound is checked while inflating rather than after.
    const step = 1 << 20;
    for (let at = 0; at < bytes.length; at += step) {
      inflater.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(
      'corrupt',
      `${name} is not valid gzip data: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Parses an IDX file, decompressing it first when it is gzip data. */
export function parseIdxFile(bytes: Uint8Array, options: IdxOptions = {}): IdxArray {
  if (!isGzip(bytes)) return parseIdx(bytes, options);
  const name = options.name ?? 'The IDX file';
  // The largest legal file: the header with up to 255 dimensions plus 8 bytes per value.
  const maxBytes = 4 + 4 * 255 + 8 * (options.maxValues ?? DEFAULT_MAX_IDX_VALUES);
  return parseIdx(gunzipBounded(bytes, maxBytes, name), options);
}
