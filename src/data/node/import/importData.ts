/**
 * Importing a file or folder in Node: the one entry point the command line, the host (for the
 * import dialog) and the trainer (for a dataset referenced by path) share, so all three read data
 * by the same rules and report the same problems.
 */
import { basename } from 'node:path';
import { encodeTable } from '../../import/csv/encode';
import { encodeSeries } from '../../import/csv/series';
import { importError } from '../../import/errors';
import {
  ARRAY_OPTIONS,
  CSV_OPTIONS,
  IMAGE_OPTIONS,
  readOptions,
  type FlatOptions,
} from '../../import/options';
import type { ImportKind } from '../../import/refs';
import type { ImportReport } from '../../import/report';
import type { Dataset } from '../../types';
import { readArrayFiles } from './readArrays';
import { readCsvFile, type Progress } from './readCsvFile';
import { readImageFolder } from './imageFolder';

export interface Imported {
  dataset: Dataset;
  report: ImportReport;
  /** Image imports: a few examples per class as bytes, for the preview grid. */
  samples?: { label: number; pixels: Uint8Array }[];
}

const WHAT: Readonly<Record<ImportKind, string>> = {
  csv: 'A CSV import',
  images: 'An image folder import',
  arrays: 'An IDX or NumPy import',
};

export async function importData(
  kind: ImportKind,
  path: string,
  options: FlatOptions,
  onProgress?: Progress,
): Promise<Imported> {
  return withNotes(await importWith(kind, path, options, onProgress));
}

/**
 * The report's notes kept on the dataset too, so that they travel with it: into a project that
 * embeds it, and to the preview of one referenced by path.
 */
function withNotes(imported: Imported): Imported {
  const { notes, noteCodes } = imported.report;
  if (notes.length === 0 || imported.dataset.notes) return imported;
  const codes = noteCodes ? { noteCodes: [...noteCodes] } : {};
  return { ...imported, dataset: { ...imported.dataset, notes: [...notes], ...codes } };
}

async function importWith(
  kind: ImportKind,
  path: string,
  options: FlatOptions,
  onProgress?: Progress,
): Promise<Imported> {
  const name = basename(path) || path;
  switch (kind) {
    case 'csv': {
      const o = readOptions(CSV_OPTIONS, options, WHAT.csv);
      const table = await readCsvFile(path, o, onProgress);
      return o.window > 0 ? encodeSeries(table, o, name) : encodeTable(table, o, name);
    }
    case 'images':
      return readImageFolder(path, readOptions(IMAGE_OPTIONS, options, WHAT.images), onProgress);
    case 'arrays':
      return readArrayFiles(path, readOptions(ARRAY_OPTIONS, options, WHAT.arrays));
  }
}

/** The kind of import a path asks for, from its extension (a folder is images). */
export function guessKind(path: string, isFolder: boolean): ImportKind {
  if (isFolder) return 'images';
  if (/\.(csv|tsv|txt)$/i.test(path)) return 'csv';
  if (/\.(npy|npz|idx\d?|gz)$/i.test(path) || /-ubyte$/i.test(path)) return 'arrays';
  throw importError(
    `NeuroCanvas cannot tell what '${basename(path)}' holds. It imports CSV files (.csv), folders of images, IDX files and NumPy files (.npy, .npz).`,
    'kind.unknown',
    { file: basename(path) },
  );
}
