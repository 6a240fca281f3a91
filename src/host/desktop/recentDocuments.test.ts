import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecentEntry } from '../../protocol/renderer';
import { RecentList } from '../server/recentList';
import { RECENT_FILE, RecentDocuments } from './recentDocuments';

describe('RecentDocuments', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neurocanvas-recent-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("adds to the app's list and the system's, newest first, and tells whoever listens", async () => {
    const system: string[] = [];
    const seen: RecentEntry[][] = [];
    const recent = new RecentDocuments(
      dir,
      { addRecentDocument: (path) => system.push(path) },
      (entries) => seen.push(entries),
    );
    await recent.add('/p/iris.ncproj', 'Iris');
    await recent.add('/p/mnist.ncproj');
    await recent.add('/p/iris.ncproj', 'Iris');

    const names = (await recent.entries()).map((e) => [e.name, e.path]);
    expect(names).toEqual([
      ['Iris', '/p/iris.ncproj'],
      ['mnist', '/p/mnist.ncproj'],
    ]);
    expect(system).toEqual(['/p/iris.ncproj', '/p/mnist.ncproj', '/p/iris.ncproj']);
    expect(seen.map((entries) => entries.length)).toEqual([1, 2, 2]);
  });

  it('shares its file with the browser mode', async () => {
    await new RecentList(join(dir, RECENT_FILE)).add('/p/from-browser.ncproj', 'From browser');
    const recent = new RecentDocuments(dir, { addRecentDocument: () => undefined });
    expect((await recent.entries()).map((e) => e.name)).toEqual(['From browser']);
  });
});
