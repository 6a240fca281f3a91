/**
 * Closing a window with unsaved work: the question asked, and what each answer means. Electron's
 * `close` event is synchronous, so main prevents the close, asks, and closes again itself once the
 * work is saved or the user chose to drop it (`closeDecision` says when not to ask again).
 */

import type { Translate } from '../../i18n';

/** The fields of Electron's `MessageBoxOptions` used here. */
export interface QuestionBox {
  type: 'question' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export type CloseAnswer = 'save' | 'discard' | 'cancel';

const CLOSE_ANSWERS: readonly CloseAnswer[] = ['save', 'discard', 'cancel'];

/** What a question says about a project: its name, or '' before the page has told main. */
export function projectValues(projectName: string): { name: string; named: 'yes' | 'no' } {
  return { name: projectName, named: projectName === '' ? 'no' : 'yes' };
}

/** The question, in the page's language (`t`). */
export function unsavedChangesQuestion(projectName: string, t: Translate): QuestionBox {
  return {
    type: 'warning',
    title: t('desktop.unsaved.title'),
    message: t('desktop.unsaved.message', projectValues(projectName)),
    detail: t('desktop.unsaved.detail'),
    buttons: [t('desktop.unsaved.save'), t('desktop.unsaved.discard'), t('desktop.unsaved.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** The answer a message box's `response` (the index of the button pressed) stands for. */
export function closeAnswer(response: number): CloseAnswer {
  // Escape or closing the box itself gives `cancelId`; anything unexpected keeps the work.
  return CLOSE_ANSWERS[response] ?? 'cancel';
}

export interface ClosingState {
  /** Whether the page has work that is not saved. */
  unsaved: boolean;
  /** Set once the user has answered, so the close that follows goes through. */
  answered: boolean;
}

/** On a window's close: let it close, or stop it and ask first. */
export function closeDecision(state: ClosingState): 'close' | 'ask' {
  return state.unsaved && !state.answered ? 'ask' : 'close';
}

/** The parts of a window closing needs (Electron's BrowserWindow has them). */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

export interface CloseGuard {
  /** Whether the page has unsaved work now; the page keeps main told, as the close cannot wait. */
  isUnsaved(): boolean;
  /** Shows `unsavedChangesQuestion` and resolves with the answer. */
  ask(): Promise<CloseAnswer>;
  /** Saves the work (asking where, if it never was saved); false when it was not saved. */
  save(): Promise<boolean>;
}

/**
 * Stops a close while there is unsaved work, asks, and closes for real once the work is saved or
 * the user chose to drop it. A cancelled question or a failed save leaves the window open.
 */
export function guardClose(window: ClosableWindow, guard: CloseGuard): void {
  const state: ClosingState = { unsaved: false, answered: false };
  let asking = false;
  window.on('close', (event) => {
    state.unsaved = guard.isUnsaved();
    if (closeDecision(state) === 'close') return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void (async () => {
      try {
        const answer = await guard.ask();
        if (answer === 'cancel' || (answer === 'save' && !(await guard.save()))) return;
        state.answered = true;
        window.close();
      } finally {
        asking = false;
      }
    })();
  });
}
