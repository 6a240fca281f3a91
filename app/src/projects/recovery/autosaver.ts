/**
 * Autosave of a recovery copy: every few seconds (and when the page is hidden or closed) the
 * document, if it has unsaved changes that are not kept yet, goes to the recovery store; once the
 * work is saved, the copy is deleted. Writes never overlap, and a failure is reported once per
 * reason rather than every few seconds.
 */
import type { Project } from '../../../../src/project';
import type { DocumentStore } from '../../stores/documentStore';
import { savableProject } from '../savable';
import type { RecoveryStore } from './recoveryStores';

export const AUTOSAVE_INTERVAL_MS = 3_000;

export class Autosaver {
  /** The project last written, and the store that holds it. */
  private kept: { project: Project; store: RecoveryStore } | null = null;
  private queue: Promise<void> = Promise.resolve();
  private lastError: string | null = null;

  constructor(
    private readonly doc: DocumentStore,
    /** The store to use now: it changes when the host connects or the connection is lost. */
    private readonly store: () => RecoveryStore,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Brings the copy up to date with the document; resolves when it is (or when a write failed). */
  tick(): Promise<void> {
    this.queue = this.queue.then(() => this.update());
    return this.queue;
  }

  /**
   * For a page being hidden or closed: writes at once instead of after a write still waiting for
   * its answer, which may never come now. At worst the same copy is written twice.
   */
  flush(): void {
    void this.update();
  }

  private async update(): Promise<void> {
    const { project, saved } = this.doc.getState();
    const store = this.store();
    try {
      if (project === saved) {
        const kept = this.kept;
        this.kept = null;
        await kept?.store.drop();
        return;
      }
      if (this.kept?.project === project && this.kept.store === store) return;
      await store.keep(savableProject(project));
      const before = this.kept;
      this.kept = { project, store };
      // A copy left in a store no longer used (the host went away) stays: it may be all there is.
      if (before && before.store !== store) void before.store.drop().catch(() => undefined);
      this.lastError = null;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (message !== this.lastError) this.onError(message);
      this.lastError = message;
    }
  }
}
