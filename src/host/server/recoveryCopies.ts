/**
 * The recovery copies of unsaved work, one file per page in the data folder's `recovery` folder
 * (`<copyId>.ncproj`, written atomically like any project). A page keeps its copy while it is
 * connected; the copies of pages that went away (a crash, a closed tab) are offered to the next
 * page, which restores or discards them. Ids are checked by the protocol and again here, so a copy
 * can never be written or read outside the folder.
 */
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../project/project';
import { MAX_RECOVERY_COPIES, recoveryId, type RecoveryEntry } from '../../protocol/recovery';
import { loadProjectFile, saveProjectFile } from '../projectFiles';
import { AccessError } from './projectAccess';

const EXTENSION = '.ncproj';

export class RecoveryCopies {
  /** Copies kept by pages connected now, by id; they are theirs, not offered to others. */
  private readonly kept = new Map<string, object>();

  private constructor(readonly folder: string) {}

  static async create(dataDir: string): Promise<RecoveryCopies> {
    const folder = join(dataDir, 'recovery');
    await mkdir(folder, { recursive: true });
    return new RecoveryCopies(folder);
  }

  /** Writes `owner`'s copy; an id another connected page keeps is refused. */
  async save(owner: object, copyId: string, project: Project): Promise<void> {
    const path = this.pathOf(copyId);
    const keeper = this.kept.get(copyId);
    if (keeper !== undefined && keeper !== owner)
      throw new AccessError(
        `The recovery copy ${copyId} belongs to another open page.`,
        'notAllowed',
      );
    this.kept.set(copyId, owner);
    try {
      await saveProjectFile(path, project);
    } catch (e) {
      throw new AccessError(e instanceof Error ? e.message : String(e), 'failed');
    }
    await this.prune();
  }

  /** The copies no connected page keeps, newest first; unreadable files are left out. */
  async list(): Promise<RecoveryEntry[]> {
    const entries: RecoveryEntry[] = [];
    for (const { copyId, modified } of await this.files()) {
      if (this.kept.has(copyId)) continue;
      const loaded = await loadProjectFile(this.pathOf(copyId));
      if (loaded.ok) entries.push({ copyId, name: loaded.project.name, savedAt: modified });
    }
    return entries;
  }

  async open(copyId: string): Promise<{ copy: RecoveryEntry; project: Project }> {
    const path = this.pathOf(copyId);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new AccessError(`There is no recovery copy ${copyId}.`, 'failed');
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) throw new AccessError(loaded.error, 'failed');
    const copy = { copyId, name: loaded.project.name, savedAt: info.mtime.toISOString() };
    return { copy, project: loaded.project };
  }

  /** Deletes a copy; one already gone is no error, one another page keeps is refused. */
  async discard(owner: object, copyId: string): Promise<void> {
    const path = this.pathOf(copyId);
    const keeper = this.kept.get(copyId);
    if (keeper !== undefined && keeper !== owner)
      throw new AccessError(
        `The recovery copy ${copyId} belongs to another open page.`,
        'notAllowed',
      );
    this.kept.delete(copyId);
    await unlink(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT')
        throw new AccessError(`Cannot delete ${path}: ${e.message}`, 'failed');
    });
  }

  /** The page went away: its copy stays on disk, to be offered to the next page. */
  release(owner: object): void {
    for (const [copyId, keeper] of this.kept) if (keeper === owner) this.kept.delete(copyId);
  }

  private pathOf(copyId: string): string {
    if (!recoveryId.safeParse(copyId).success)
      throw new AccessError(`'${copyId}' is not a recovery copy id.`, 'invalid');
    return join(this.folder, `${copyId}${EXTENSION}`);
  }

  /** The copies on disk, newest first. */
  private async files(): Promise<{ copyId: string; modified: string }[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const found: { copyId: string; modified: string }[] = [];
    for (const name of names) {
      if (!name.endsWith(EXTENSION)) continue;
      const copyId = name.slice(0, -EXTENSION.length);
      if (!recoveryId.safeParse(copyId).success) continue;
      const info = await stat(join(this.folder, name)).catch(() => null);
      if (info?.isFile()) found.push({ copyId, modified: info.mtime.toISOString() });
    }
    return found.sort((a, b) => b.modified.localeCompare(a.modified));
  }

  /** Keeps the newest copies only, so a folder of forgotten copies cannot grow without end. */
  private async prune(): Promise<void> {
    const stale = (await this.files()).slice(MAX_RECOVERY_COPIES);
    for (const { copyId } of stale) {
      if (this.kept.has(copyId)) continue;
      await unlink(this.pathOf(copyId)).catch(() => undefined);
    }
  }
}
