/**
 * Reading the cached archives: gzip is inflated by node:zlib as a stream, so the compressed file is
 * never read whole, and the output is bounded so that a damaged or hostile file cannot exhaust
 * memory.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { DatasetError } from '../../errors';
import { TarReader, type TarEntry } from '../../formats/tar';

/** Streams the decompressed bytes of a gzip file to `onChunk`, stopping past `maxBytes`. */
async function inflate(
  path: string,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const name = basename(path);
  let total = 0;
  try {
    const gunzip = createReadStream(path).pipe(createGunzip());
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        gunzip.destroy();
        throw new DatasetError(
          'corrupt',
          `${name} decompresses to more than the ${maxBytes.toLocaleString('en-US')} bytes expected; delete it so that it is downloaded again.`,
        );
      }
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(
      'corrupt',
      `${name} could not be decompressed (${(error as Error).message}); delete it so that it is downloaded again.`,
    );
  }
}

/** The whole decompressed content of a gzip file of at most `maxBytes` decompressed bytes. */
export async function gunzipFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  await inflate(path, maxBytes, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The members of a .tar.gz that `keep` accepts, each at most `maxEntryBytes`. */
export async function readTarGz(
  path: string,
  keep: (name: string) => boolean,
  maxEntryBytes: number,
  maxBytes: number,
): Promise<TarEntry[]> {
  const reader = new TarReader({ keep, maxEntryBytes, archiveName: basename(path) });
  await inflate(path, maxBytes, (chunk) => reader.push(chunk));
  return reader.finish();
}
