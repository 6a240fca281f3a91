/**
 * Reads a Keras / TensorFlow.js model.json from disk together with the weight files its manifest
 * lists, and imports it. Weight files must sit in model.json's folder or below it: a manifest
 * cannot make NeuroCanvas read any other file on the machine.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import { listWeightFiles, readModelJson, type ImportResult } from '../export/import';

/** A model.json larger than this is not a topology. */
const MAX_MODEL_JSON_BYTES = 256 * 1024 * 1024;
/** The most weight data one import reads (a model of about 500 million float32 parameters). */
const MAX_WEIGHT_BYTES = 2 * 1024 * 1024 * 1024;

class FileError extends Error {}

export async function importModelFile(path: string): Promise<ImportResult> {
  try {
    const text = await readModelText(path);
    const listed = listWeightFiles(text);
    if (!listed.ok) return listed;
    if (listed.paths.length === 0) return readModelJson(text);
    const weightData = await readWeightFiles(dirname(resolve(path)), listed.paths);
    return readModelJson(text, { weightData });
  } catch (err) {
    if (err instanceof FileError) return { ok: false, error: err.message };
    return {
      ok: false,
      error: `The model could not be read: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

async function readModelText(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new FileError(`The model file '${path}' was not found.`);
  if (info.isDirectory()) {
    throw new FileError(`'${path}' is a folder; give the path of the model.json inside it.`);
  }
  if (!info.isFile()) throw new FileError(`'${path}' is not a regular file.`);
  if (info.size > MAX_MODEL_JSON_BYTES) {
    throw new FileError(
      `The model file '${path}' is larger than 256 MB; that is not a model.json.`,
    );
  }
  return readFile(path, 'utf8');
}

/** Reads the shards in manifest order and joins them into one buffer, as the manifest describes. */
async function readWeightFiles(folder: string, paths: readonly string[]): Promise<Uint8Array> {
  const realFolder = await realpath(folder);
  const files: string[] = [];
  let total = 0;
  for (const p of paths) {
    const file = await locateShard(folder, realFolder, p);
    const info = await stat(file);
    total += info.size;
    if (total > MAX_WEIGHT_BYTES) {
      throw new FileError(
        `The weight files of this model add up to more than 2 GB, more than NeuroCanvas can load.`,
      );
    }
    files.push(file);
  }
  const data = new Uint8Array(total);
  let offset = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    if (offset + bytes.byteLength > total) {
      throw new FileError(`The weight file '${file}' changed while it was being read.`);
    }
    data.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return offset === total ? data : data.subarray(0, offset);
}

/** The absolute path of a shard listed as `listed`, refusing anything outside the model's folder. */
async function locateShard(folder: string, realFolder: string, listed: string): Promise<string> {
  const segments = listed.split(/[\\/]/);
  if (
    isAbsolute(listed) ||
    win32.isAbsolute(listed) ||
    /^[a-z][a-z0-9+.-]*:/i.test(listed) ||
    segments.includes('..') ||
    listed.includes('\0')
  ) {
    throw new FileError(
      `model.json lists the weight file '${listed}', which is not inside the model's folder '${folder}'. Weight files must sit beside model.json.`,
    );
  }
  const file = resolve(folder, listed);
  const real = await realpath(file).catch(() => null);
  if (real === null) {
    throw new FileError(`The weight file '${file}', listed in model.json, was not found.`);
  }
  // A link inside the folder may still point elsewhere; judge by where it really leads.
  const inside = relative(realFolder, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new FileError(
      `The weight file '${file}' leads outside the model's folder '${folder}'. Weight files must sit beside model.json.`,
    );
  }
  const info = await stat(real);
  if (!info.isFile())
    throw new FileError(`The weight file '${file}', listed in model.json, is not a file.`);
  return real;
}
