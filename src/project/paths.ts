/** A problem found in a project document, located by its JSON path. */
import { quoteText } from '../layers/paramCheck';

export type JsonPath = readonly (string | number)[];

export interface Problem {
  path: JsonPath;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]{0,59}$/;

/** `graph.nodes[3].params.units`; keys that are not plain names are quoted: `nodes["a b"]`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quoteText(segment)}]`;
  }
  return out || '(top level)';
}

const MAX_SHOWN_PROBLEMS = 10;

/** One line per problem, `path: message` (just the message for the whole file); a long list is cut after the first few. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems
    .slice(0, MAX_SHOWN_PROBLEMS)
    .map((p) => (p.path.length === 0 ? p.message : `${formatPath(p.path)}: ${p.message}`));
  const rest = problems.length - MAX_SHOWN_PROBLEMS;
  if (rest > 0) lines.push(`…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n');
}
