/**
 * What a layer definition reports when its inputs or parameters cannot work.
 * The graph turns a `FixHint` into concrete edits, because only it knows the edges.
 */
import { englishText, type LocalText } from './text/localText';

export type FixHint =
  /** Insert a layer on the incoming edge, with `params` over its defaults. */
  | {
      kind: 'insertBefore';
      layerType: string;
      /** In English; `text` gives it in any language. */
      label: string;
      text: LocalText;
      params?: Readonly<Record<string, unknown>>;
    }
  | {
      kind: 'setParams';
      params: Readonly<Record<string, unknown>>;
      label: string;
      text: LocalText;
    };

export interface LayerIssue {
  severity: 'error' | 'warning';
  /** A stable identifier for tests and docs, e.g. 'needs-vector'. */
  code: string;
  /** Plain English words that name the shapes and numbers involved. */
  message: string;
  /** The same message as a key and the values that fill it in, for any language. */
  text: LocalText;
  /** The parameter the issue is about, so the inspector can show it inline. */
  param?: string;
  fix?: FixHint;
}

/** An issue whose English message is rendered from its text. */
export function layerIssue(
  severity: LayerIssue['severity'],
  code: string,
  text: LocalText,
  extra: Pick<LayerIssue, 'param' | 'fix'> = {},
): LayerIssue {
  return { severity, code, message: englishText(text), text, ...extra };
}

export function layerError(
  code: string,
  text: LocalText,
  extra: Pick<LayerIssue, 'param' | 'fix'> = {},
): LayerIssue {
  return layerIssue('error', code, text, extra);
}

/** Insert a layer before this one, e.g. a Flatten. */
export function insertFix(
  layerType: string,
  text: LocalText,
  params?: Readonly<Record<string, unknown>>,
): FixHint {
  return {
    kind: 'insertBefore',
    layerType,
    label: englishText(text),
    text,
    ...(params ? { params } : {}),
  };
}

/** Set some of this layer's parameters. */
export function setParamsFix(params: Readonly<Record<string, unknown>>, text: LocalText): FixHint {
  return { kind: 'setParams', params, label: englishText(text), text };
}
