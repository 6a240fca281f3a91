/**
 * Undo and redo as stacks of whole document states. Edits replace only what they touch, so a
 * snapshot shares everything else with its neighbours and costs little.
 */

/** Enough for a long session; the oldest steps go first. */
export const HISTORY_LIMIT = 200;

export interface History<T> {
  past: readonly T[];
  future: readonly T[];
}

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** Records `before` as one undo step and drops the redo stack, as any new edit does. */
export function record<T>(history: History<T>, before: T): History<T> {
  const past = [...history.past, before];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

/** Steps back: the state to show, and the history with `current` put on the redo stack. */
export function stepBack<T>(
  history: History<T>,
  current: T,
): { state: T; history: History<T> } | null {
  const state = history.past[history.past.length - 1];
  if (state === undefined) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] },
  };
}

export function stepForward<T>(
  history: History<T>,
  current: T,
): { state: T; history: History<T> } | null {
  const state = history.future[0];
  if (state === undefined) return null;
  return {
    state,
    history: { past: [...history.past, current], future: history.future.slice(1) },
  };
}
