/** Why a dataset could not be loaded, as a kind the caller can branch on and a message for people. */
export type DatasetErrorKind =
  'unknown-dataset' | 'unknown-option' | 'invalid-option' | 'unavailable' | 'corrupt';

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
  ) {
    super(message);
  }
}
