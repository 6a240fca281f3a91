/**
 * Why data could not be imported, in words for the person who chose the file. The message is
 * English, as the command line prints it; `problem`, where given, names the same fault by a code
 * and its values, so that the interface can say it in the user's language.
 */
export type ImportErrorCode =
  | 'csv.empty'
  | 'csv.noDataRows'
  | 'csv.headerOnly'
  | 'csv.malformedLine'
  | 'csv.tooManyColumns'
  | 'csv.tooManyValues'
  | 'csv.unreadable'
  | 'csv.noSuchIgnored'
  | 'csv.noSuchTarget'
  | 'csv.emptyTarget'
  | 'csv.targetIgnored'
  | 'csv.noTarget'
  | 'csv.noFeatures'
  | 'csv.tooFewRows'
  | 'csv.textTarget'
  | 'csv.tooManyTargetValues'
  | 'csv.tooManyClasses'
  | 'csv.oneClass'
  | 'images.notFound'
  | 'images.notFolder'
  | 'images.noSubfolders'
  | 'images.tooManyClasses'
  | 'images.tooFewClasses'
  | 'images.tooLarge'
  | 'options.unknown'
  | 'options.invalid'
  | 'arrays.badShape'
  | 'arrays.countMismatch'
  | 'arrays.tooFew'
  | 'arrays.inputNotFinite'
  | 'arrays.targetNotFinite'
  | 'arrays.classTooHigh'
  | 'arrays.notClasses'
  | 'arrays.noArray'
  | 'arrays.noArrayFound'
  | 'arrays.labelsNeeded'
  | 'arrays.tooLarge'
  | 'arrays.unreadable'
  | 'file.notFound'
  | 'file.isFolder'
  | 'file.notRegular'
  | 'series.tooFewWindows'
  | 'kind.unknown'
  | 'ref.needsPath';

export interface ImportProblem {
  code: ImportErrorCode;
  values: Readonly<Record<string, string | number>>;
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    message: string,
    readonly problem?: ImportProblem,
  ) {
    super(message);
  }
}

/** An `ImportError` with its code and values. */
export function importError(
  message: string,
  code: ImportErrorCode,
  values: ImportProblem['values'] = {},
): ImportError {
  return new ImportError(message, { code, values });
}
