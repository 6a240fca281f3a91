/** Problems and fixes in the interface's language. */
import type { GraphFix, Problem } from '../../../src/graph/problems';
import type { Locale } from '../../../src/i18n';
import { renderText } from '../../../src/layers/text/localText';

export function problemMessage(locale: Locale, p: Pick<Problem, 'text'>): string {
  return renderText(locale, p.text);
}

export function fixLabel(locale: Locale, fix: Pick<GraphFix, 'text'>): string {
  return renderText(locale, fix.text);
}
