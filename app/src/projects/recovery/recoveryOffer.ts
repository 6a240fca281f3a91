/**
 * Offering the copies of unsaved work that earlier pages left: which are waiting, and what
 * restoring or discarding one does. Restoring loads the copy as unsaved work, writes this page's
 * own copy of it, and only then deletes the old one, so at no moment is the work kept nowhere.
 */
import { createStore, useStore } from 'zustand';
import { translator, type Translate } from '../../../../src/i18n';
import { newProject } from '../../../../src/project';
import type { DocumentStore } from '../../stores/documentStore';
import type { UiStore } from '../../stores/uiStore';
import type { Autosaver } from './autosaver';
import type { RecoveryCopy, RecoveryStore } from './recoveryStores';

interface OfferState {
  copies: readonly RecoveryCopy[];
  store: RecoveryStore | null;
}

export const recoveryOffer = createStore<OfferState>()(() => ({ copies: [], store: null }));

export function useRecoveryOffer(): OfferState {
  return useStore(recoveryOffer);
}

/**
 * Looks for copies to offer, and says how many it found; a failure to look is no reason to
 * bother the user.
 */
export async function lookForCopies(store: RecoveryStore): Promise<number> {
  const copies = await store.left().catch(() => []);
  recoveryOffer.setState({ copies, store });
  return copies.length;
}

export interface RecoveryDeps {
  doc: DocumentStore;
  ui: UiStore;
  autosaver: Autosaver;
  confirm(message: string): boolean;
  /** Tells the project files the document is in no file, so Save asks for a name. */
  forgetFile?(): void;
  /** The language of the notices; English when not given. */
  t?: Translate;
}

export async function restoreCopy(copy: RecoveryCopy, deps: RecoveryDeps): Promise<void> {
  const { store } = recoveryOffer.getState();
  if (!store) return;
  const { doc, ui } = deps;
  const t = deps.t ?? translator('en');
  let project;
  try {
    project = await store.open(copy.copyId);
  } catch (e) {
    ui.getState().announce(
      t('projects.recovery.restoreFailed', { reason: reasonOf(e) }).trim(),
      'error',
    );
    return;
  }
  const { project: current, saved } = doc.getState();
  if (current !== saved && !deps.confirm(t('projects.recovery.confirmReplace'))) return;
  doc.getState().load(project);
  deps.forgetFile?.();
  // Restored work was never saved: the marker shows, and closing again keeps a copy.
  doc.setState({ saved: newProject(project.name) });
  await deps.autosaver.tick();
  await store.discard(copy.copyId).catch(() => undefined);
  settle(copy);
  ui.getState().announce(t('projects.recovery.restored', { name: project.name }));
}

export async function discardCopy(
  copy: RecoveryCopy,
  ui: UiStore,
  t: Translate = translator('en'),
): Promise<void> {
  const { store } = recoveryOffer.getState();
  try {
    await store?.discard(copy.copyId);
  } catch (e) {
    ui.getState().announce(
      t('projects.recovery.discardFailed', { reason: reasonOf(e) }).trim(),
      'error',
    );
    return;
  }
  settle(copy);
  ui.getState().announce(t('projects.recovery.discarded', { name: copy.name }));
}

/** Not now: the copy stays where it is and is offered again when the app next opens. */
export function postponeCopy(copy: RecoveryCopy): void {
  settle(copy);
}

/** Stops offering a copy. */
function settle(copy: RecoveryCopy): void {
  const { copies } = recoveryOffer.getState();
  recoveryOffer.setState({ copies: copies.filter((c) => c.copyId !== copy.copyId) });
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : '';
}
