/**
 * NumPy's `.npz` archives: a ZIP file with one `<name>.npy` per array, as `np.savez` writes them
 * (stored) and `np.savez_compressed` (deflated). Both kinds are read.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { readNpy, writeNpy } from './npy';
import { DEFAULT_MAX_BYTES, NpyError, type NpyArray, type ReadLimits } from './types';

/** Arrays by name, in the order they are written. */
export type NpzEntries = ReadonlyMap<string, NpyArray> | Readonly<Record<string, NpyArray>>;

export function writeNpz(entries: NpzEntries, options: { compress?: boolean } = {}): Uint8Array {
  const files: Zippable = {};
  const list = entries instanceof Map ? [...entries] : Object.entries(entries);
  for (const [name, array] of list) {
    if (name === '' || name.startsWith('/') || name.split('/').includes('..')) {
      throw new NpyError(`'${name}' is not a usable array name in an .npz file.`);
    }
    files[`${name}.npy`] = writeNpy(array);
  }
  return zipSync(files, { level: options.compress ? 6 : 0 });
}

/**
 * Every array of the archive by name (without `.npy`). `limits.maxBytes` bounds the total
 * unpacked size, checked against the sizes the archive declares before anything is unpacked.
 */
export function readNpz(
  bytes: Uint8Array,
  where = 'the .npz file',
  limits: ReadLimits = {},
): Map<string, NpyArray> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        declared += file.originalSize;
        if (declared > maxBytes) {
          throw new NpyError(
            `${where} unpacks to more than ${maxBytes} bytes (at entry '${file.name}'); it is not read.`,
          );
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof NpyError) throw err;
    throw new NpyError(`${where} is not a readable .npz (ZIP) archive: ${(err as Error).message}.`);
  }
  const out = new Map<string, NpyArray>();
  for (const [path, data] of Object.entries(files)) {
    // Folders have entries of their own; only .npy files are arrays.
    if (path.endsWith('/')) continue;
    if (!path.endsWith('.npy')) {
      throw new NpyError(`${where} holds '${path}', which is not a .npy array.`);
    }
    const name = path.slice(0, -'.npy'.length);
    out.set(name, readNpy(data, `${where} entry '${name}'`, { maxBytes }));
  }
  return out;
}
