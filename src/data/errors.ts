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

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
  ) {
    super(message);
  }
}
