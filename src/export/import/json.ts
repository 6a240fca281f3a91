/** Type guards for JSON of unknown origin, and the error type the importer stops with. */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Why a file cannot be imported, in words for the user. Thrown inside the importer and turned
 * into `{ ok: false }` at its edge, so no caller ever sees an exception.
 */
export class ImportError extends Error {}

export function fail(message: string): never {
  throw new ImportError(message);
}
