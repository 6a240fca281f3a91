/**
 * What a layer definition reports when its inputs or parameters cannot work.
 * The graph turns a `FixHint` into concrete edits, because only it knows the edges.
 */
export type FixHint =
  /** Insert a layer on the incoming edge, with `params` over its defaults. */
  | {
      kind: 'insertBefore';
      layerType: string;
      label: string;
      params?: Readonly<Record<string, unknown>>;
    }
  | { kind: 'setParams'; params: Readonly<Record<string, unknown>>; label: string };

export interface LayerIssue {
  severity: 'error' | 'warning';
  /** A stable identifier for tests and docs, e.g. 'needs-vector'. */
  code: string;
  /** Plain words that name the shapes and numbers involved. */
  message: string;
  /** The parameter the issue is about, so the inspector can show it inline. */
  param?: string;
  fix?: FixHint;
}

export function layerError(
  code: string,
  message: string,
  extra: Partial<LayerIssue> = {},
): LayerIssue {
  return { severity: 'error', code, message, ...extra };
}
