/**
 * Notices when another program changes or deletes a project file the app has open, so the user
 * can choose: reload it, keep their own version, or save theirs under another name.
 *
 * The folder is watched rather than the file: saves (ours and most editors') replace the file by
 * renaming a new one over it, which ends a watch on the old file. Events only prompt a check: a
 * change is the file's content differing from what the app last read or wrote (size and time are
 * compared first, the SHA-256 of the content only when they differ), so a touch, a rewrite of the
 * same bytes or the app's own saves never bother the user.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Translate } from '../../i18n';
import { projectValues, type QuestionBox } from './filesClosing';

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** What is at `path` now, or null when there is no file. */
export async function fingerprintOf(path: string): Promise<Fingerprint | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    const sha256 = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    return { size: info.size, mtimeMs: info.mtimeMs, sha256 };
  } catch {
    return null;
  }
}

export type DiskChange = { path: string; kind: 'changed' | 'deleted' };

interface Watched {
  known: Fingerprint | null;
  watcher: FSWatcher | null;
  timer: NodeJS.Timeout | null;
  /** Saves of ours under way: what they do to the file is not a change. */
  saving: number;
}

/** Bursts of events (a write, then a rename) settle into one check. */
const SETTLE_MS = 150;

export class DiskWatcher {
  private readonly files = new Map<string, Watched>();

  constructor(private readonly onChange: (change: DiskChange) => void) {}

  /** After the app read or wrote `path`: what is there now is the app's, and is watched. */
  async remember(path: string): Promise<void> {
    const entry = this.entryFor(path);
    entry.known = await fingerprintOf(path);
  }

  /** Runs the app's own save of `path`; the file it leaves is the app's. */
  async saving<T>(path: string, write: () => Promise<T>): Promise<T> {
    const entry = this.entryFor(path);
    entry.saving++;
    try {
      return await write();
    } finally {
      entry.known = await fingerprintOf(path);
      entry.saving--;
    }
  }

  /** Stops watching `path` (its window closed, or it was saved under another name). */
  forget(path: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    entry.watcher?.close();
    if (entry.timer) clearTimeout(entry.timer);
    this.files.delete(path);
  }

  close(): void {
    for (const path of [...this.files.keys()]) this.forget(path);
  }

  /**
   * Compares the file with what the app last saw; reports and returns a change, else null. Also
   * worth calling when a window gets the focus, for systems where watching is unreliable (network
   * drives). A change is reported once: it becomes what the app last saw.
   */
  async check(path: string): Promise<DiskChange | null> {
    const entry = this.files.get(path);
    if (!entry || entry.saving > 0) return null;
    const known = entry.known;
    if (known === null) return null;
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.size === known.size && info.mtimeMs === known.mtimeMs) return null;
    const now = await fingerprintOf(path);
    // The file may have been forgotten or saved by the app while it was being read.
    if (this.files.get(path) !== entry || entry.saving > 0 || entry.known !== known) return null;
    entry.known = now;
    if (now !== null && now.sha256 === known.sha256) return null;
    const change: DiskChange = { path, kind: now === null ? 'deleted' : 'changed' };
    this.onChange(change);
    return change;
  }

  private entryFor(path: string): Watched {
    let entry = this.files.get(path);
    if (!entry) {
      entry = { known: null, watcher: null, timer: null, saving: 0 };
      this.files.set(path, entry);
      entry.watcher = this.watchFolder(path, entry);
    }
    return entry;
  }

  private watchFolder(path: string, entry: Watched): FSWatcher | null {
    const name = basename(path);
    try {
      const watcher = watch(dirname(path), { persistent: false }, (_event, changed) => {
        // Some systems do not say which file changed; then every file there is checked.
        if (changed !== null && changed.toString() !== name) return;
        if (entry.timer) clearTimeout(entry.timer);
        entry.timer = setTimeout(() => {
          entry.timer = null;
          void this.check(path);
        }, SETTLE_MS);
      });
      // A folder that goes away ends its watch; `check` still works when called.
      watcher.on('error', () => watcher.close());
      return watcher;
    } catch {
      return null;
    }
  }
}

export type ChangedOnDiskAnswer = 'reload' | 'keepMine' | 'saveAs' | 'saveAgain';

const ANSWERS: Record<DiskChange['kind'], readonly ChangedOnDiskAnswer[]> = {
  changed: ['reload', 'keepMine', 'saveAs'],
  deleted: ['saveAgain', 'saveAs', 'keepMine'],
};

/** The question, in the page's language (`t`); `projectName` is '' while the page has not said. */
export function changedOnDiskQuestion(
  change: DiskChange,
  projectName: string,
  t: Translate,
): QuestionBox {
  const file = basename(change.path);
  const project = projectValues(projectName);
  return change.kind === 'changed'
    ? {
        type: 'question',
        title: t('desktop.changed.title'),
        message: t('desktop.changed.message', { file }),
        detail: t('desktop.changed.detail', project),
        buttons: [
          t('desktop.changed.reload'),
          t('desktop.changed.keepMine'),
          t('desktop.changed.saveAs'),
        ],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      }
    : {
        type: 'warning',
        title: t('desktop.deleted.title'),
        message: t('desktop.deleted.message', { file }),
        detail: t('desktop.deleted.detail', project),
        buttons: [
          t('desktop.deleted.saveAgain'),
          t('desktop.deleted.saveAs'),
          t('desktop.deleted.keepUnsaved'),
        ],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
}

/** The answer a message box's response stands for; anything unexpected keeps the user's work. */
export function changedOnDiskAnswer(change: DiskChange, response: number): ChangedOnDiskAnswer {
  return ANSWERS[change.kind][response] ?? 'keepMine';
}
