/** Reading what was typed into a number field, with the same words as the project loader. */
import { checkParamValue, describeExpected } from '../../../../src/layers/paramCheck';
import type { ParamSpec } from '../../../../src/layers/params';
import type { Reading } from '../useDraft';

/** A number from text; null if the text is not one. */
export function parseNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads a candidate value built from typed numbers, e.g. one half of a pair. `build` gets null for
 * text that is not a number, and the whole candidate is checked against the spec.
 */
export function readNumberText<T>(
  spec: ParamSpec,
  text: string,
  build: (n: number) => T,
): Reading<T> {
  const n = parseNumber(text);
  if (n === null) {
    return { ok: false, error: `${spec.label} must be ${describeExpected(spec)}.` };
  }
  const value = build(n);
  const error = checkParamValue(spec, value);
  return error ? { ok: false, error: `${error}.` } : { ok: true, value };
}
