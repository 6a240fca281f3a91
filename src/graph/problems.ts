import type { FixHint, LayerIssue } from '../layers/issue';
import type { LocalText } from '../layers/text/localText';
import type { GraphChange } from './changes';

/** A fix the UI can apply with one click: a list of ordinary graph changes. */
export interface GraphFix {
  /** In English; `text` gives it in any language. */
  label: string;
  text: LocalText;
  changes: readonly GraphChange[];
}

export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  /** The nodes the problem concerns; the Problems panel focuses the first one. */
  nodeIds: readonly string[];
  /** In English, for files, logs and the command line. */
  message: string;
  /** The message as a key and its values (shapes, numbers, names), to show in any language. */
  text: LocalText;
  param?: string;
  fix?: GraphFix;
}

export type { FixHint, LayerIssue, LocalText };
