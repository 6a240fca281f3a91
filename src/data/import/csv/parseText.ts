/** A CSV held as text (a small upload, a test) read into a table, as the file reader does. */
import Papa from 'papaparse';
import { asImportError, PAPA_OPTIONS, rowStepper } from './papaRows';
import { CsvTableBuilder, type BadRowChoice, type CsvTable, type HeaderChoice } from './table';

export function parseCsvText(
  text: string,
  options: { header: HeaderChoice; badRows: BadRowChoice },
): CsvTable {
  const builder = new CsvTableBuilder(options.header, options.badRows);
  let failure: unknown = null;
  Papa.parse<string[]>(text, {
    ...PAPA_OPTIONS,
    step: rowStepper(builder, (e) => (failure = e)),
  });
  if (failure) throw asImportError(failure);
  return builder.finish();
}
