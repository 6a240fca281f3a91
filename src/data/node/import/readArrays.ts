/**
 * Inputs and targets from IDX files (MNIST's format, gzipped or not) or NumPy `.npy` / `.npz`
 * files. An `.npz` holds both (named by the options, else `x` and `y`); the other formats take the
 * targets from a second file named by the `labels` option, relative to the inputs file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseIdxFile } from '../../formats/idxFile';
import { NpyError, readNpy, readNpz, type NpyArray } from '../../../numpy';
import { DatasetError } from '../../errors';
import { encodeArrays, type NumericArray } from '../../import/arrays';
import { ImportError, importError } from '../../import/errors';
import type { ArrayOptions } from '../../import/options';

/** 1 GiB: more than a dataset NeuroCanvas can train on in memory. */
const MAX_FILE_BYTES = 1024 ** 3;

export async function readArrayFiles(path: string, options: ArrayOptions) {
  const name = basename(path);
  if (/\.npz$/i.test(path)) {
    const bytes = await readBounded(path);
    const entries = readable(name, () => readNpz(bytes, name, { maxBytes: MAX_FILE_BYTES }));
    const pick = (wanted: string, fallbacks: string[], role: string) => {
      const key = wanted || fallbacks.find((k) => entries.has(k));
      const array = key === undefined ? undefined : entries.get(key);
      if (!array) {
        const arrays = [...entries.keys()].map((k) => `'${k}'`).join(', ');
        const option = role === 'inputs' ? 'inputs' : 'labels';
        throw importError(
          `${name} has no array ${wanted ? `'${wanted}'` : `for the ${role} (looked for ${fallbacks.map((f) => `'${f}'`).join(', ')})`}. Its arrays are ${arrays}; name the ${role} with the option '${option}'.`,
          wanted ? 'arrays.noArray' : 'arrays.noArrayFound',
          wanted
            ? { file: name, wanted, arrays, option }
            : { file: name, looked: fallbacks.join(', '), arrays, option },
        );
      }
      return fromNpy(array);
    };
    const inputs = pick(options.inputs, ['x', 'x_train', 'images', 'inputs'], 'inputs');
    const labels = pick(options.labels, ['y', 'y_train', 'labels', 'targets'], 'labels');
    return encodeArrays(inputs, labels, options, name);
  }
  if (options.labels === '')
    throw importError(
      `${name} holds the inputs only; name the file of labels (targets) with the option 'labels'.`,
      'arrays.labelsNeeded',
      { file: name },
    );
  const labelsPath = resolve(dirname(path), options.labels);
  const [inputs, labels] = await Promise.all([readArrayFile(path), readArrayFile(labelsPath)]);
  return encodeArrays(inputs, labels, options, name);
}

async function readArrayFile(path: string): Promise<NumericArray> {
  const bytes = await readBounded(path);
  const name = basename(path);
  if (/\.npy$/i.test(path))
    return fromNpy(readable(name, () => readNpy(bytes, name, { maxBytes: MAX_FILE_BYTES })));
  const idx = readable(name, () => parseIdxFile(bytes, { name }));
  return { shape: idx.shape, data: idx.data, bytes: idx.type === 'uint8' };
}

/**
 * What a format reader says of a damaged file stays its message for the command line; the page
 * gets it with a code, under a sentence in the user's language naming the file.
 */
function readable<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof NpyError || e instanceof DatasetError)) throw e;
    throw new ImportError(e.message, {
      code: 'arrays.unreadable',
      values: { file, detail: e.message },
    });
  }
}

function fromNpy(array: NpyArray): NumericArray {
  return { shape: array.shape, data: array.data, bytes: array.dtype === 'uint8' };
}

async function readBounded(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    throw importError(`The file '${path}' was not found.`, 'file.notFound', { path });
  if (info.size > MAX_FILE_BYTES)
    throw importError(
      `'${basename(path)}' is larger than 1 GiB, more than NeuroCanvas imports.`,
      'arrays.tooLarge',
      { file: basename(path) },
    );
  return readFile(path);
}
