/**
 * Why a project file cannot be opened, in the user's language. Faults the loader names by code are
 * worded from the catalog; the detailed list of problems inside a file is shown under a heading in
 * the user's language, each field's path as written and what it holds in that language where the
 * loader words it so.
 */
import { isMessageKey, type Locale, type Translate } from '../../../src/i18n';
import type { ParseResult } from '../../../src/project';
import { formatProblems } from '../../../src/project/paths';
import { localeStore } from '../i18n';

export function projectErrorText(
  t: Translate,
  result: Extract<ParseResult, { ok: false }>,
  locale: Locale = localeStore.getState().locale,
): string {
  const { problem, problems } = result;
  if (problem) {
    const key = `projects.error.${problem.code}`;
    if (isMessageKey(key)) return t(key, problem.values);
  }
  const detail = problems ? formatProblems(problems, locale) : result.error;
  return t('projects.error.invalid', { detail });
}
