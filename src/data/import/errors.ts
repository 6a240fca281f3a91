/** Why data could not be imported, in words for the person who chose the file. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
