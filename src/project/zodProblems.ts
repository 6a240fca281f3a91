/** zod's issues worded like the rest of the loader's messages, and turned into located problems. */
import type * as z from 'zod';
import { formatNumber } from '../layers/paramCheck';
import { expectedGot } from './fields';
import type { JsonPath, Problem } from './paths';

/** Enough to show the user; a hostile file may have millions. */
const MAX_PROBLEMS = 100;

const NOUNS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  record: 'an object',
};

/**
 * Messages for the issues zod raises itself; pass as `error` when parsing. Schemas that give their
 * own message (the leaf fields) take precedence over it.
 */
export function projectErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return expectedGot(NOUNS[issue.expected] ?? issue.expected, issue.input);
    case 'invalid_value':
      return expectedGot(issue.values.map((v) => JSON.stringify(v)).join(' or '), issue.input);
    case 'too_big':
      if (issue.origin === 'array' && Array.isArray(issue.input)) {
        return `expected at most ${formatNumber(Number(issue.maximum))} items, got ${formatNumber(issue.input.length)}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s))) as JsonPath;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys.slice(0, MAX_PROBLEMS))
        problems.push({ path: [...path, key], message: 'unknown field' });
    } else {
      problems.push({ path, message: issue.message });
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}
