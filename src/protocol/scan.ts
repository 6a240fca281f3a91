/**
 * A walk over an arriving message before the schemas read it. It refuses the keys `__proto__`,
 * `constructor` and `prototype` (zod drops a `__proto__` key from records without a word, and any
 * later code that copies objects key by key could replace a prototype), bounds nesting, and bounds
 * the number of plain values, so a hostile message costs a bounded amount of work. Typed arrays
 * are not entered: their contents cannot hold keys.
 */
import { formatNumber } from '../layers/paramCheck';
import { isForbiddenKey } from '../project/jsonSafety';
import type { JsonPath } from '../project/paths';
import { MAX_DEPTH, MAX_PLAIN_VALUES } from './limits';

export interface ScanProblem {
  path: JsonPath;
  message: string;
}

export function scanMessage(value: unknown): ScanProblem | null {
  const state = { values: 0 };
  return scan(value, [], 0, state);
}

function scan(
  value: unknown,
  path: (string | number)[],
  depth: number,
  state: { values: number },
): ScanProblem | null {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  if (depth >= MAX_DEPTH)
    return { path: [...path], message: `nested more than ${MAX_DEPTH} levels deep` };
  const keys: readonly (string | number)[] = Array.isArray(value) ? [] : Object.keys(value);
  const count = Array.isArray(value) ? value.length : keys.length;
  state.values += count;
  if (state.values > MAX_PLAIN_VALUES)
    return {
      path: [...path],
      message: `the message holds more than ${formatNumber(MAX_PLAIN_VALUES)} values outside typed arrays; large arrays travel as typed arrays`,
    };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      const problem = scan(item, path, depth + 1, state);
      path.pop();
      if (problem) return problem;
    }
    return null;
  }
  for (const key of keys as string[]) {
    if (isForbiddenKey(key))
      return { path: [...path, key], message: `the key '${key}' is not allowed in a message` };
    path.push(key);
    const problem = scan((value as Record<string, unknown>)[key], path, depth + 1, state);
    path.pop();
    if (problem) return problem;
  }
  return null;
}
