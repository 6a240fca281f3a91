/**
 * The export's texts that come from the host, in the user's language: why a format cannot express
 * a layer or is missing, and why checking or writing a bundle failed. Each comes by code and
 * values; without a code the English the host sent is shown.
 */
import { analyzeGraph } from '../../../src/graph/analyze';
import type { Graph } from '../../../src/graph/types';
import { isMessageKey, type Locale, type MessageValues, type Translate } from '../../../src/i18n';
import { renderText } from '../../../src/layers/text/localText';
import { HostRequestError } from '../../../src/protocol/rendererClient';

interface Coded {
  code?: string;
  values?: MessageValues;
}

function said(t: Translate, prefix: string, coded: Coded, fallback: string): string {
  const key = `${prefix}${coded.code}`;
  if (!coded.code || !isMessageKey(key)) return fallback;
  try {
    return t(key, coded.values ?? {});
  } catch {
    // A value the message needs is missing: the host's own words still say what is wrong.
    return fallback;
  }
}

/** Why a format cannot express a layer, or is not part of this version. */
export function exportWhyText(t: Translate, why: Coded & { reason: string }): string {
  return said(t, 'export.why.', why, why.reason);
}

/** Why the host could not check the model or write the bundle. */
export function exportErrorText(t: Translate, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof HostRequestError && error.problem
    ? said(t, 'export.error.', error.problem, message)
    : message;
}

/**
 * Why a model with errors cannot be exported, in the user's language: its first error and how many
 * more there are. The host names only the first, in English; the page knows them all. Null when
 * the model has no errors, so the host's reason is the one to show.
 */
export function modelErrorText(t: Translate, locale: Locale, graph: Graph): string | null {
  const errors = analyzeGraph(graph).problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  return t('export.modelErrors', {
    problem: renderText(locale, first.text),
    more: errors.length - 1,
  });
}
