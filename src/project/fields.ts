/**
 * Leaf schemas for the project file with messages in the loader's own words:
 * "expected <what>, got <what the file holds>". Each message is also kept as text in any language
 * (`LocalText`): the schemas carry a `wording` in their issue's params, from which
 * `problemsFromZod` words the same problem for the interface.
 */
import * as z from 'zod';
import { describeValue, expectedText, paramProblem, valueText } from '../layers/paramCheck';
import type { ParamSpec } from '../layers/params';
import { englishText, localText, type LocalText, type TextValue } from '../layers/text/localText';

/** How a value from the file is shown in a message: as JSON writes it, cut when long. */
export function got(value: unknown): string {
  return describeValue(value, { groupDigits: false });
}

/** "expected X, got Y", or "missing (expected X)" when the file has no value there. */
export function expectedGotText(expected: TextValue, value: unknown): LocalText {
  return value === undefined
    ? localText('projects.field.missing', { expected })
    : localText('projects.field.expectedGot', {
        expected,
        got: valueText(value, { groupDigits: false }),
      });
}

/** `expectedGotText` in English. */
export function expectedGot(expected: TextValue, value: unknown): string {
  return englishText(expectedGotText(expected, value));
}

/** How a custom schema words the value it refused. */
export type Wording = (input: unknown) => LocalText;

/** A custom schema whose issue is worded in English and carries its wording for other languages. */
export function worded<T>(check: (value: unknown) => boolean, wording: Wording) {
  return z.custom<T>(check, {
    error: (issue) => englishText(wording(issue.input)),
    params: { wording },
  });
}

export function text(min: number, max: number) {
  return worded<string>(
    (v) => typeof v === 'string' && v.length >= min && v.length <= max,
    (input) =>
      typeof input === 'string'
        ? min === 0
          ? localText('projects.field.textAtMost', { max, count: input.length })
          : localText('projects.field.textBetween', { min, max, count: input.length })
        : expectedGotText(localText('projects.noun.text'), input),
  );
}

export const finiteNumber = worded<number>(
  (v) => typeof v === 'number' && Number.isFinite(v),
  (input) => expectedGotText(localText('projects.noun.finiteNumber'), input),
);

/** A value checked by a parameter spec, as layer parameters are. */
export function fromSpec<T>(spec: ParamSpec) {
  return worded<T>(
    (v) => paramProblem(spec, v) === null,
    (input) => expectedGotText(expectedText(spec), input),
  );
}
