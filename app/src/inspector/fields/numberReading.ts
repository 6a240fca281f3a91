/** Reading what was typed into a number field, with the same words as the project loader. */
import { translate, type Locale } from '../../../../src/i18n';
import { expectedText, paramValueText } from '../../../../src/layers/paramCheck';
import type { ParamSpec } from '../../../../src/layers/params';
import { renderText } from '../../../../src/layers/text/localText';
import { termText } from '../../../../src/layers/text/terms';
import type { Reading } from '../useDraft';

/** A number from text; null if the text is not one. */
export function parseNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The value checked against its spec: the value, or the loader's words for what is wrong. */
export function checkTyped<T>(spec: ParamSpec, value: T, locale: Locale): Reading<T> {
  const problem = paramValueText(spec, value);
  return problem ? { ok: false, error: `${renderText(locale, problem)}.` } : { ok: true, value };
}

/**
 * Reads a candidate value built from typed numbers, e.g. one half of a pair. `build` gets null for
 * text that is not a number, and the whole candidate is checked against the spec.
 */
export function readNumberText<T>(
  spec: ParamSpec,
  text: string,
  build: (n: number) => T,
  locale: Locale = 'en',
): Reading<T> {
  const n = parseNumber(text);
  if (n === null) {
    const error = translate(locale, 'inspector.field.notNumber', {
      label: termText(locale, spec.label),
      expected: renderText(locale, expectedText(spec)),
    });
    return { ok: false, error };
  }
  return checkTyped(spec, build(n), locale);
}
