/**
 * Which project file each window has open, so that a change made on disk by another program is
 * put to the windows showing that file. Main learns a window's file from the host's own replies
 * (`projectOpened`, `projectSaved`: paths the host resolved and allowed), never from the page.
 */
import type { Project } from '../../project/project';
import type { HostReply } from '../../protocol/renderer';
import type { ChangedOnDiskAnswer, DiskWatcher } from './filesWatch';
import { sendCommand, sendReloadPath, type PageContents } from './shellPages';

/** What of `ProjectAccess` the app's own saves go through. */
export interface SavingAccess {
  allowed(path: string): Promise<string>;
  save(path: string, project: Project): Promise<string>;
}

export class OpenProjects {
  private readonly byPage = new Map<number, string>();

  constructor(private readonly watcher: Pick<DiskWatcher, 'remember' | 'forget' | 'saving'>) {}

  /** Every reply a page gets (`IpcBridge`'s `onReply`). */
  async replied(contentsId: number, reply: HostReply): Promise<void> {
    if (reply.type !== 'projectOpened' && reply.type !== 'projectSaved') return;
    const previous = this.byPage.get(contentsId);
    this.byPage.set(contentsId, reply.path);
    if (previous !== undefined && previous !== reply.path) this.release(previous);
    await this.watcher.remember(reply.path);
  }

  /** The windows (by web contents) that have `path` open. */
  pagesWith(path: string): number[] {
    return [...this.byPage].filter(([, p]) => p === path).map(([id]) => id);
  }

  pathOf(contentsId: number): string | null {
    return this.byPage.get(contentsId) ?? null;
  }

  /** The window is gone: its file is watched no more, unless another window has it open. */
  closed(contentsId: number): void {
    const path = this.byPage.get(contentsId);
    this.byPage.delete(contentsId);
    if (path !== undefined) this.release(path);
  }

  /**
   * Makes `access`'s saves the app's own to the watcher, so that what a save writes is never
   * taken for another program's change.
   */
  static watchSaves<A extends SavingAccess>(access: A, watcher: Pick<DiskWatcher, 'saving'>): A {
    const save = access.save.bind(access);
    access.save = async (path, project) => {
      const target = await access.allowed(path);
      return watcher.saving(target, () => save(target, project));
    };
    return access;
  }

  private release(path: string): void {
    if (this.pagesWith(path).length === 0) this.watcher.forget(path);
  }
}

/** Carries out the user's answer about a file changed on disk, in the window showing it. */
export function actOnDiskAnswer(
  contents: PageContents,
  path: string,
  answer: ChangedOnDiskAnswer,
): void {
  switch (answer) {
    case 'reload':
      sendReloadPath(contents, path);
      return;
    case 'saveAgain':
      sendCommand(contents, 'saveProject');
      return;
    case 'saveAs':
      sendCommand(contents, 'saveProjectAs');
      return;
    case 'keepMine':
      return;
  }
}
