/**
 * Inputs and targets from IDX files (MNIST's format, gzipped or not) or NumPy `.npy` / `.npz`
 * files. An `.npz` holds both (named by the options, else `x` and `y`); the other formats take the
 * targets from a second file named by the `labels` option, relative to the inputs file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseIdxFile } from '../../formats/idxFile';
import { readNpy, readNpz, type NpyArray } from '../../../numpy';
import { encodeArrays, type NumericArray } from '../../import/arrays';
import { ImportError } from '../../import/errors';
import type { ArrayOptions } from '../../import/options';

/** 1 GiB: more than a dataset NeuroCanvas can train on in memory. */
const MAX_FILE_BYTES = 1024 ** 3;

export async function readArrayFiles(path: string, options: ArrayOptions) {
  const name = basename(path);
  if (/\.npz$/i.test(path)) {
    const entries = readNpz(await readBounded(path), name, { maxBytes: MAX_FILE_BYTES });
    const pick = (wanted: string, fallbacks: string[], role: string) => {
      const key = wanted || fallbacks.find((k) => entries.has(k));
      const array = key === undefined ? undefined : entries.get(key);
      if (!array)
        throw new ImportError(
          `${name} has no array ${wanted ? `'${wanted}'` : `for the ${role} (looked for ${fallbacks.map((f) => `'${f}'`).join(', ')})`}. Its arrays are ${[...entries.keys()].map((k) => `'${k}'`).join(', ')}; name the ${role} with the option '${role === 'inputs' ? 'inputs' : 'labels'}'.`,
        );
      return fromNpy(array);
    };
    const inputs = pick(options.inputs, ['x', 'x_train', 'images', 'inputs'], 'inputs');
    const labels = pick(options.labels, ['y', 'y_train', 'labels', 'targets'], 'labels');
    return encodeArrays(inputs, labels, options, name);
  }
  if (options.labels === '')
    throw new ImportError(
      `${name} holds the inputs only; name the file of labels (targets) with the option 'labels'.`,
    );
  const labelsPath = resolve(dirname(path), options.labels);
  const [inputs, labels] = await Promise.all([readArrayFile(path), readArrayFile(labelsPath)]);
  return encodeArrays(inputs, labels, options, name);
}

async function readArrayFile(path: string): Promise<NumericArray> {
  const bytes = await readBounded(path);
  const name = basename(path);
  if (/\.npy$/i.test(path)) return fromNpy(readNpy(bytes, name, { maxBytes: MAX_FILE_BYTES }));
  const idx = parseIdxFile(bytes, { name });
  return { shape: idx.shape, data: idx.data, bytes: idx.type === 'uint8' };
}

function fromNpy(array: NpyArray): NumericArray {
  return { shape: array.shape, data: array.data, bytes: array.dtype === 'uint8' };
}

async function readBounded(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new ImportError(`The file '${path}' was not found.`);
  if (info.size > MAX_FILE_BYTES)
    throw new ImportError(
      `'${basename(path)}' is larger than 1 GiB, more than NeuroCanvas imports.`,
    );
  return readFile(path);
}
