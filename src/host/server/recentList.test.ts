import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT } from '../../protocol/renderer';
import { RecentList } from './recentList';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-recent-'));
  file = join(dir, 'recent.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('RecentList', () => {
  it('keeps the newest first, each file once, and stays on disk', async () => {
    const list = new RecentList(file);
    await list.add('/p/a.ncproj', 'A');
    await list.add('/p/b.ncproj', 'B');
    await list.add('/p/a.ncproj', 'A again');
    expect((await new RecentList(file).entries()).map((e) => [e.path, e.name])).toEqual([
      ['/p/a.ncproj', 'A again'],
      ['/p/b.ncproj', 'B'],
    ]);
  });

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const list = new RecentList(file);
    for (let i = 0; i < MAX_RECENT + 5; i++) await list.add(`/p/${i}.ncproj`, String(i));
    const entries = await list.entries();
    expect(entries).toHaveLength(MAX_RECENT);
    expect(entries[0]!.name).toBe(String(MAX_RECENT + 4));
  });

  it('loses no entry when changes come at once', async () => {
    const list = new RecentList(file);
    await Promise.all([1, 2, 3, 4].map((i) => list.add(`/p/${i}.ncproj`, String(i))));
    expect((await list.entries()).map((e) => e.name).sort()).toEqual(['1', '2', '3', '4']);
    expect(await readdir(dir)).toEqual(['recent.json']);
  });

  it.each([
    ['no file', null],
    ['damaged JSON', '{"format":'],
    ['another format', '{"format":"other","entries":[]}'],
  ])('reads %s as an empty list, and writes a good one on the next change', async (_, text) => {
    if (text !== null) await writeFile(file, text);
    const list = new RecentList(file);
    expect(await list.entries()).toEqual([]);
    await list.add('/p/a.ncproj', 'A');
    expect(await list.entries()).toHaveLength(1);
  });

  it('skips entries that are not entries: relative paths, extra fields, wrong types', async () => {
    const good = { path: '/p/a.ncproj', name: 'A', usedAt: '2025-01-01T00:00:00.000Z' };
    const entries = [
      good,
      { ...good, path: 'a.ncproj' },
      { ...good, extra: 1 },
      { ...good, name: 3 },
    ];
    await writeFile(file, JSON.stringify({ format: 'neurocanvas-recent', entries }));
    expect(await new RecentList(file).entries()).toEqual([good]);
  });
});
