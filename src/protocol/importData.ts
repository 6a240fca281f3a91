/**
 * The import dialog's request and its answer. In browser mode the page cannot give the host a path,
 * so it sends the chosen file (or every file of the chosen folder, by its path inside the folder)
 * as bytes; the host keeps them in its data folder and imports from there. The answer carries what
 * the import found, the dataset reference to put in the project (with the data itself when it is
 * small enough to embed), and for images a few examples for the preview grid.
 */
import * as z from 'zod';
import { IMPORT_KINDS } from '../data/import/refs';
import { requestMessage } from './envelope';
import { finiteNumber, flag, name, oneOf, text, uint8Array, wholeNumber } from './fields';
import { codedText } from './messageCode';
import { datasetRef } from './runInputs';

/** Files one folder upload may hold: a class-per-folder set of 100,000 images. */
export const MAX_UPLOAD_FILES = 100_000;
const MAX_ITEMS = 10_000;
const short = text(0, 1_000);
const count = wholeNumber(0);

const uploadedFile = z.strictObject({
  /** The path inside the chosen folder, with '/' between parts, e.g. "cats/001.png". */
  path: text(1, 1_000),
  bytes: uint8Array,
});

const option = z.union([finiteNumber, flag, short]);

export const importDataRequest = requestMessage('importData', {
  kind: oneOf(IMPORT_KINDS),
  /** The file's or folder's name, which becomes the dataset's name. */
  name,
  /** The files, on the first preview; later previews name the upload the host answered with. */
  files: z.array(uploadedFile).min(1).max(MAX_UPLOAD_FILES).optional(),
  upload: text(1, 200).optional(),
  options: z.record(name, option).refine((o) => Object.keys(o).length <= 50, {
    message: 'expected at most 50 options',
  }),
});

const column = z.strictObject({
  name: short,
  kind: oneOf(['numeric', 'categorical', 'empty', 'text'] as const),
  role: oneOf(['feature', 'target', 'unused'] as const),
  why: short.optional(),
  /** `why` by code (`data.why.<code>`), for the user's language. */
  whyCode: codedText.optional(),
  missing: count,
  textCells: count,
  distinct: count.nullable(),
  min: finiteNumber.optional(),
  max: finiteNumber.optional(),
  mean: finiteNumber.optional(),
  std: finiteNumber.optional(),
  top: z
    .array(z.strictObject({ value: short, count }))
    .max(10)
    .optional(),
});

export const importReport = z.strictObject({
  kind: oneOf(['csv', 'series', 'images', 'arrays'] as const),
  name: short,
  task: oneOf(['classification', 'regression', 'segmentation'] as const),
  inputShape: z.array(count).max(8),
  targetShape: z.array(count).max(8),
  train: count,
  test: count,
  notes: z.array(text(1, 4_000)).max(200),
  /** The notes by code (`data.note.<code>`), in the same order, for the user's language. */
  noteCodes: z.array(codedText).max(200).optional(),
  balance: z
    .strictObject({
      classNames: z.array(short).max(1_000),
      train: z.array(count).max(1_000),
      test: z.array(count).max(1_000),
    })
    .optional(),
  columns: z.array(column).max(MAX_ITEMS).optional(),
  features: z
    .array(short)
    .max(MAX_ITEMS * 100)
    .optional(),
  preview: z
    .strictObject({
      header: z.array(short).max(MAX_ITEMS),
      rows: z.array(z.array(short).max(MAX_ITEMS)).max(50),
    })
    .optional(),
});

export const dataImportedReply = requestMessage('dataImported', {
  /** Names the stored upload, for another preview with other options. */
  upload: text(1, 200),
  report: importReport,
  dataset: datasetRef,
  samples: z
    .array(z.strictObject({ label: count, pixels: uint8Array }))
    .max(64)
    .optional(),
});
