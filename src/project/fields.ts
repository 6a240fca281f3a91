/**
 * Leaf schemas for the project file with messages in the loader's own words:
 * "expected <what>, got <what the file holds>".
 */
import * as z from 'zod';
import { describeExpected, describeValue, formatNumber, paramProblem } from '../layers/paramCheck';
import type { ParamSpec } from '../layers/params';

/** How a value from the file is shown in a message: as JSON writes it, cut when long. */
export function got(value: unknown): string {
  return describeValue(value, { groupDigits: false });
}

/** "expected X, got Y", or "missing (expected X)" when the file has no value there. */
export function expectedGot(expected: string, value: unknown): string {
  return value === undefined
    ? `missing (expected ${expected})`
    : `expected ${expected}, got ${got(value)}`;
}

export function text(min: number, max: number) {
  const range =
    min === 0 ? `at most ${formatNumber(max)}` : `${formatNumber(min)} to ${formatNumber(max)}`;
  return z.custom<string>((v) => typeof v === 'string' && v.length >= min && v.length <= max, {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `expected text of ${range} characters, got ${formatNumber(issue.input.length)} characters`
        : expectedGot('text', issue.input),
  });
}

export const finiteNumber = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v), {
  error: (issue) => expectedGot('a finite number', issue.input),
});

/** A value checked by a parameter spec, as layer parameters are. */
export function fromSpec<T>(spec: ParamSpec) {
  return z.custom<T>((v) => paramProblem(spec, v) === null, {
    error: (issue) => expectedGot(describeExpected(spec), issue.input),
  });
}
