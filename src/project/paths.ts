/** A problem found in a project document, located by its JSON path. */
import { translate, type Locale } from '../i18n';
import { quoteText } from '../layers/paramCheck';
import { renderText, type LocalText } from '../layers/text/localText';

export type JsonPath = readonly (string | number)[];

export interface Problem {
  path: JsonPath;
  /** In English. */
  message: string;
  /** The same in any language, where the loader words it so. */
  text?: LocalText;
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

/**
 * One line per problem, `path: message` (just the message for the whole file); a long list is cut
 * after the first few. Paths stay as written in every language; messages the loader words in any
 * language are said in `locale`, the others in English.
 */
export function formatProblems(problems: readonly Problem[], locale: Locale = 'en'): string {
  const lines = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => {
    const message = p.text ? renderText(locale, p.text) : p.message;
    return p.path.length === 0 ? message : `${formatPath(p.path)}: ${message}`;
  });
  const rest = problems.length - MAX_SHOWN_PROBLEMS;
  if (rest > 0) lines.push(translate(locale, 'projects.field.more', { count: rest }));
  return lines.join('\n');
}
