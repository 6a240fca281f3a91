/**
 * zod's issues worded like the rest of the loader's messages, and turned into located problems
 * that carry their text in any language too.
 */
import type * as z from 'zod';
import { englishText, localText, type LocalText, type TextValue } from '../layers/text/localText';
import type { MessageKey } from '../i18n';
import { expectedGotText, type Wording } from './fields';
import type { JsonPath, Problem } from './paths';

/** Enough to show the user; a hostile file may have millions. */
const MAX_PROBLEMS = 100;

const NOUNS: Record<string, MessageKey> = {
  object: 'projects.noun.object',
  array: 'projects.noun.list',
  string: 'projects.noun.text',
  number: 'projects.noun.number',
  boolean: 'projects.noun.boolean',
  record: 'projects.noun.object',
};

/** "a" or "b" or "c", each value as JSON writes it. */
function eitherOf(values: readonly unknown[]): TextValue {
  const words = values.map((v) => JSON.stringify(v) ?? String(v));
  const final = words.pop() ?? '';
  // 'a' or ('b' or 'c'): each word before the last joined to the list after it.
  return words.reduceRight<TextValue>(
    (last, head) => localText('problems.orList', { head, last }),
    final,
  );
}

/**
 * The text of an issue zod raises itself, or of a schema that words its own (`worded` in
 * fields.ts); undefined for the rest, whose English message is all there is. `input` is the value
 * the file holds there.
 */
function issueText(
  issue: z.core.$ZodRawIssue | z.core.$ZodIssue,
  input: unknown,
): LocalText | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected];
      return expectedGotText(noun ? localText(noun) : issue.expected, input);
    }
    case 'invalid_value':
      return expectedGotText(eitherOf(issue.values), input);
    case 'too_big':
      if (issue.origin === 'array' && Array.isArray(input)) {
        return localText('projects.field.tooManyItems', {
          max: Number(issue.maximum),
          count: input.length,
        });
      }
      return undefined;
    case 'custom': {
      const wording = (issue.params as { wording?: unknown } | undefined)?.wording;
      return typeof wording === 'function' ? (wording as Wording)(input) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Messages for the issues zod raises itself; pass as `error` when parsing. Schemas that give their
 * own message (the leaf fields) take precedence over it.
 */
export function projectErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'custom') return undefined;
  const text = issueText(issue, issue.input);
  return text && englishText(text);
}

/** Issues of a parse with `reportInput: true`, so that each can be worded in any language. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s))) as JsonPath;
    if (issue.code === 'unrecognized_keys') {
      const text = localText('projects.field.unknown');
      for (const key of issue.keys.slice(0, MAX_PROBLEMS))
        problems.push({ path: [...path, key], message: englishText(text), text });
    } else {
      const text = 'input' in issue ? issueText(issue, issue.input) : undefined;
      // Only where it says what the message says: a schema may word its issue its own way.
      const same = text !== undefined && englishText(text) === issue.message;
      problems.push({ path, message: issue.message, ...(same ? { text } : {}) });
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}
