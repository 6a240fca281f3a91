/** Why a dataset could not be loaded, as a kind the caller can branch on and a message for people. */
export type DatasetErrorKind =
  | 'unknown-dataset'
  | 'unknown-option'
  | 'invalid-option'
  | 'unavailable'
  | 'corrupt'
  /** A download found no server that answered: most often, no connection. */
  | 'unreachable'
  /** A download failed otherwise: not found, cut off, or not the file expected. */
  | 'download'
  /** A download was cancelled by the user. */
  | 'cancelled';

/** A fault by code (`data.download.error.<code>`) and values, for the interface's language. */
export interface DatasetProblem {
  code: string;
  values: Readonly<Record<string, string | number>>;
}

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly problem?: DatasetProblem,
  ) {
    super(message);
  }
}
