/**
 * Counting what an untrusted file holds before it is read in full: how many items a list or an
 * object has at each place a limit applies, and the first place over its limit.
 */
import { formatNumber } from '../layers/paramCheck';
import type { JsonPath, Problem } from './paths';

export interface CountLimit {
  path: JsonPath;
  value: unknown;
  max: number;
  /** What is counted, as the message names it: 'nodes', 'checks'. */
  noun: string;
}

/** The value as an object, or undefined for anything else (arrays and null included). */
export function asObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : undefined;
}

/** Items in a list, keys of an object, 0 for anything else. */
function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const object = asObject(value);
  return object ? Object.keys(object).length : 0;
}

/**
 * The first limit exceeded, as a problem at its place: "holds 12,000 nodes; a project can hold at
 * most 10,000", with `holder` naming what the file is. Null when all are within their limits.
 */
export function firstOverLimit(limits: readonly CountLimit[], holder: string): Problem | null {
  for (const { path, value, max, noun } of limits) {
    const count = countOf(value);
    if (count > max)
      return {
        path,
        message: `holds ${formatNumber(count)} ${noun}; ${holder} can hold at most ${formatNumber(max)}`,
      };
  }
  return null;
}
