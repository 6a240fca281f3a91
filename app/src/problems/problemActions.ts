/** What the Problems panel does: bring a problem's layer into focus, and apply a fix. */
import type { Problem } from '../../../src/graph/problems';
import type { CanvasView } from '../canvas/view';
import type { DocumentStore } from '../stores/documentStore';
import type { UiStore } from '../stores/uiStore';
import { currentT, localeStore } from '../i18n';
import { fixLabel } from './problemText';

/** A key that stays the same for the same problem from one edit to the next. */
export function problemKey(p: Problem): string {
  return `${p.code}|${p.nodeIds.join(',')}|${p.param ?? ''}|${p.message}`;
}

export function focusProblem(ui: UiStore, view: CanvasView | null, p: Problem): void {
  ui.getState().focusProblem(problemKey(p));
  const id = p.nodeIds[0];
  if (id === undefined) return;
  ui.getState().select([id]);
  view?.focusNode(id);
}

/** Applies the problem's fix as one undo step. */
export function applyFix(doc: DocumentStore, ui: UiStore, p: Problem): boolean {
  if (!p.fix) return false;
  const applied = doc.getState().apply(p.fix.changes);
  const fix = fixLabel(localeStore.getState().locale, p.fix);
  const t = currentT();
  ui.getState().announce(
    t(applied ? 'problems.fixApplied' : 'problems.fixFailed', { fix }),
    applied ? 'info' : 'error',
  );
  return applied;
}
