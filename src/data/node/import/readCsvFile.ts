/**
 * A CSV file read into a table straight from a file stream: Papa Parse sees the text a chunk at a
 * time, so a 200 MB file never becomes one string, and only the columns' numbers are kept.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import Papa from 'papaparse';
import { importError } from '../../import/errors';
import { asImportError, PAPA_OPTIONS, rowStepper } from '../../import/csv/papaRows';
import {
  CsvTableBuilder,
  type BadRowChoice,
  type CsvTable,
  type HeaderChoice,
} from '../../import/csv/table';

/** Progress as the share of the file's bytes read so far, from 0 to 1. */
export type Progress = (fraction: number) => void;

export async function readCsvFile(
  path: string,
  options: { header: HeaderChoice; badRows: BadRowChoice },
  onProgress?: Progress,
): Promise<CsvTable> {
  const info = await statFile(path);
  const builder = new CsvTableBuilder(options.header, options.badRows);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let lastReport = 0;
  await new Promise<void>((resolve, reject) => {
    let failure: unknown = null;
    const step = rowStepper(builder, (e) => (failure = e));
    stream.on('error', (e) => reject(asImportError(e)));
    Papa.parse<string[]>(stream as unknown as File, {
      ...PAPA_OPTIONS,
      step(results, parser) {
        step(results, parser);
        if (onProgress && info.size > 0 && stream.bytesRead - lastReport > info.size / 100) {
          lastReport = stream.bytesRead;
          onProgress(Math.min(1, stream.bytesRead / info.size));
        }
      },
      complete: () => {
        stream.destroy();
        if (failure) reject(asImportError(failure));
        else resolve();
      },
      error: (e: unknown) => reject(asImportError(e)),
    });
  });
  onProgress?.(1);
  return builder.finish();
}

async function statFile(path: string) {
  const info = await stat(path).catch(() => null);
  if (!info) throw importError(`The file '${path}' was not found.`, 'file.notFound', { path });
  if (info.isDirectory())
    throw importError(`'${path}' is a folder; a CSV import needs a file.`, 'file.isFolder', {
      path,
    });
  if (!info.isFile())
    throw importError(`'${path}' is not a regular file.`, 'file.notRegular', { path });
  return info;
}
