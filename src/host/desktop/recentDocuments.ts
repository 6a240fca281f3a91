/**
 * Recent projects on the desktop: the app's own list (the same `recent.json` browser mode keeps,
 * so both modes show the same projects) and the system's (the Dock's and the task bar's jump
 * list, the file manager's "recent"), updated together whenever a project is opened or saved.
 */
import { basename, join } from 'node:path';
import type { RecentEntry } from '../../protocol/renderer';
import { RecentList } from '../server/recentList';
import { PROJECT_EXTENSION } from './instance';

export const RECENT_FILE = 'recent.json';

/** The system's list, as Electron's `app` offers it. */
export interface SystemRecentDocuments {
  addRecentDocument(path: string): void;
}

export class RecentDocuments {
  private readonly list: RecentList;

  constructor(
    dataDir: string,
    private readonly system: SystemRecentDocuments,
    /** Told after every change, e.g. to rebuild the File menu's Open recent. */
    private readonly changed: (entries: RecentEntry[]) => void = () => undefined,
  ) {
    this.list = new RecentList(join(dataDir, RECENT_FILE));
  }

  entries(): Promise<RecentEntry[]> {
    return this.list.entries();
  }

  /** Records a project the user opened or saved at `path`; `name` is the project's own name. */
  async add(path: string, name = basename(path, PROJECT_EXTENSION)): Promise<void> {
    await this.list.add(path, name);
    this.system.addRecentDocument(path);
    this.changed(await this.list.entries());
  }
}
