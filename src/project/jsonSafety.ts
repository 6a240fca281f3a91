/**
 * Checks on freshly parsed JSON before anything else reads it. `JSON.parse` stores a key named
 * `__proto__` as a plain property, but any later code that copies such an object key by key
 * (`out[key] = value`) would replace a prototype; `constructor` and `prototype` are refused with it
 * so that no path through the loader can reach them. Depth is bounded so that the recursive
 * readers after this one stay far from the stack limit.
 */
import { MAX_DEPTH } from './limits';
import type { Problem } from './paths';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Names that must never become object keys; node ids are refused them too, since weights use ids as keys. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** The first forbidden key or over-deep nesting in a parsed JSON value, or null. */
export function findUnsafeJson(value: unknown): Problem | null {
  return scan(value, [], 0);
}

function scan(value: unknown, path: (string | number)[], depth: number): Problem | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) {
    return {
      path: [...path],
      message: `nested more than ${MAX_DEPTH} levels deep; a project file never is`,
    };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      const problem = scan(item, path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      return { path: [...path, key], message: `the key '${key}' is not allowed in a project file` };
    }
    path.push(key);
    const problem = scan((value as Record<string, unknown>)[key], path, depth + 1);
    path.pop();
    if (problem) return problem;
  }
  return null;
}
