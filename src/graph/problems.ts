import type { FixHint, LayerIssue } from '../layers/issue';
import type { GraphChange } from './changes';

/** A fix the UI can apply with one click: a list of ordinary graph changes. */
export interface GraphFix {
  label: string;
  changes: readonly GraphChange[];
}

export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  /** The nodes the problem concerns; the Problems panel focuses the first one. */
  nodeIds: readonly string[];
  message: string;
  param?: string;
  fix?: GraphFix;
}

export type { FixHint, LayerIssue };
