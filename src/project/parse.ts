/**
 * Reads a project file's text. Any content, however damaged or hostile, gives either a project or
 * one clear message that says where the file is wrong; it never throws.
 */
import { locateJsonError } from './jsonLocate';
import { MAX_PROJECT_CHARS } from './limits';
import { upgradeDocument } from './migrations';
import { formatProblems, type Problem } from './paths';
import type { ProjectProblem } from './problem';
import type { Project } from './project';
import { validateDocument } from './validate';

/**
 * `error` is English, as the command line prints it; `problem`, where given, names the same fault
 * by code and values so that the interface can word it in the user's language.
 */
export type ParseResult =
  | { ok: true; project: Project }
  | {
      ok: false;
      error: string;
      problem?: ProjectProblem;
      /** The problems `error` lists, each by path, for the interface to word in any language. */
      problems?: readonly Problem[];
    };

export function parseProject(text: string): ParseResult {
  try {
    return parse(text);
  } catch (e) {
    // Only running out of memory should get here; say so rather than crash the caller.
    return {
      ok: false,
      error: `The project file could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function parse(text: string): ParseResult {
  if (typeof text !== 'string')
    return {
      ok: false,
      error: 'The project file could not be read: it is not text.',
      problem: { code: 'notText', values: {} },
    };
  if (text.length > MAX_PROJECT_CHARS) {
    return {
      ok: false,
      error: `The file is too large to be a project: ${mebibytes(text.length)} of text, and the limit is ${mebibytes(MAX_PROJECT_CHARS)}.`,
      problem: {
        code: 'tooLarge',
        values: { size: mebibytes(text.length), limit: mebibytes(MAX_PROJECT_CHARS) },
      },
    };
  }
  // Editors on Windows often start UTF-8 files with a byte order mark, which JSON does not allow.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    const where = locateJsonError(json);
    if (where)
      return {
        ok: false,
        error: `The file is not valid JSON: line ${where.line}, column ${where.column}: ${where.message}.`,
        problem: {
          code: 'invalidJson',
          values: { line: where.line, column: where.column, detail: where.message },
        },
      };
    return {
      ok: false,
      error: `The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const upgraded = upgradeDocument(doc);
  if (!upgraded.ok) return upgraded;
  const result = validateDocument(upgraded.doc);
  if (result.ok) return result;
  return { ok: false, error: formatProblems(result.problems), problems: result.problems };
}

function mebibytes(chars: number): string {
  const mib = chars / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
