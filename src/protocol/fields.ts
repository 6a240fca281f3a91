/**
 * Leaf schemas for messages, worded like the project loader: "expected <what>, got <what came>".
 * Numbers that describe a diverging run (loss, metrics, norms) may be NaN or infinite, because
 * that is exactly what the user must see; everything the user or the host sets must be finite.
 */
import * as z from 'zod';
import { describeValue, formatNumber } from '../layers/paramCheck';
import { text } from '../project/fields';
import { MAX_COUNT, MAX_ID_LENGTH, MAX_NAME_LENGTH } from './limits';

export { text };

/** A message value as the user would read it; typed arrays by kind and length, not contents. */
export function describeInput(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    const length = 'length' in value ? Number(value.length) : value.byteLength;
    return `${withArticle(value.constructor.name)} of ${formatNumber(length)} values`;
  }
  return describeValue(value, { groupDigits: false });
}

/** 'a Float32Array', 'an Int32Array'. */
function withArticle(className: string): string {
  return `${/^[AEIO]/.test(className) ? 'an' : 'a'} ${className}`;
}

/** "expected X, got Y", or "missing (expected X)" when the message has no value there. */
export function expectedGot(expected: string, value: unknown): string {
  return value === undefined
    ? `missing (expected ${expected})`
    : `expected ${expected}, got ${describeInput(value)}`;
}

function leaf<T>(expected: string, test: (v: unknown) => boolean) {
  return z.custom<T>(test, { error: (issue) => expectedGot(expected, issue.input) });
}

export const id = text(1, MAX_ID_LENGTH);
export const name = text(1, MAX_NAME_LENGTH);
export const flag = leaf<boolean>('true or false', (v) => typeof v === 'boolean');

/** Any number, NaN and ±Infinity included: a loss that diverged is reported, not refused. */
export const score = leaf<number>('a number', (v) => typeof v === 'number');
export const finiteNumber = leaf<number>(
  'a finite number',
  (v) => typeof v === 'number' && Number.isFinite(v),
);
/** A norm: never negative, but NaN or Infinity once a run diverges. */
export const magnitude = leaf<number>(
  'a number of at least 0',
  (v) => typeof v === 'number' && !(v < 0),
);
export const fraction = leaf<number>(
  'a number from 0 to 1',
  (v) => typeof v === 'number' && v >= 0 && v <= 1,
);
export const nonNegativeFinite = leaf<number>(
  'a finite number of at least 0',
  (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
);

export function wholeNumber(min: number, max = MAX_COUNT) {
  return leaf<number>(
    `a whole number from ${formatNumber(min)} to ${formatNumber(max)}`,
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
  );
}

export function oneOf<const T extends readonly string[]>(values: T) {
  const listed = values.map((v) => JSON.stringify(v));
  const phrase =
    listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`;
  return leaf<T[number]>(`one of ${phrase}`, (v) => typeof v === 'string' && values.includes(v));
}

/**
 * A typed array of exactly this class. Large arrays travel this way so that postMessage can move
 * their memory instead of copying it; a list of numbers is refused, with a word on why.
 */
function typedArray<T extends ArrayBufferView>(cls: abstract new (...args: never[]) => T) {
  const expected = withArticle(cls.name);
  return z.custom<T>((v) => v instanceof cls, {
    error: (issue) =>
      Array.isArray(issue.input)
        ? `${expectedGot(expected, issue.input)}; large arrays travel as typed arrays, not lists of numbers`
        : expectedGot(expected, issue.input),
  });
}

// Typed as the plain array types (any backing buffer), so arrays from tfjs or Node fit.
export const float32Array = typedArray<Float32Array>(Float32Array);
export const uint8Array = typedArray<Uint8Array>(Uint8Array);
export const int32Array = typedArray<Int32Array>(Int32Array);

/** A list of dimensions, e.g. [28, 28, 8]. */
export function shape(maxRank: number, minDim: number) {
  return z.array(wholeNumber(minDim)).max(maxRank);
}

/** The number of values a shape holds: the product of its dimensions (1 for a scalar). */
export function sizeOf(dims: readonly number[]): number {
  let size = 1;
  for (const d of dims) size *= d;
  return size;
}

/** "holds 5 values, but shape [2, 3] needs 6", or null when the counts agree. */
export function lengthProblem(length: number, dims: readonly number[]): string | null {
  const size = sizeOf(dims);
  return length === size
    ? null
    : `holds ${formatNumber(length)} values, but shape [${dims.join(', ')}] needs ${formatNumber(size)}`;
}

/**
 * An object of named values with at most `maxKeys` entries. The count is checked before zod walks
 * the entries, so an object with millions of keys costs one check, not millions.
 */
export function boundedRecord<V extends z.ZodType>(value: V, maxKeys: number) {
  const expected = `an object of at most ${formatNumber(maxKeys)} entries`;
  return z
    .custom<Record<string, unknown>>(
      (v) =>
        v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        !ArrayBuffer.isView(v) &&
        Object.keys(v).length <= maxKeys,
      {
        error: (issue) =>
          issue.input !== null && typeof issue.input === 'object' && !Array.isArray(issue.input)
            ? `expected at most ${formatNumber(maxKeys)} entries, got ${formatNumber(Object.keys(issue.input).length)}`
            : expectedGot(expected, issue.input),
      },
    )
    .pipe(z.record(name, value));
}
