import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v } from '../../protocol';
import { serializeProject } from '../../project/serialize';
import { sampleProject } from '../../project/testing/sampleProject';
import { ProjectAccess } from '../server/projectAccess';
import { DiskWatcher, type DiskChange } from './filesWatch';
import { COMMAND_CHANNEL, RELOAD_PATH_CHANNEL } from './ipcChannels';
import { actOnDiskAnswer, OpenProjects } from './openProjects';

let dir: string;
let changes: DiskChange[];
let watcher: DiskWatcher;

beforeEach(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-open-')));
  changes = [];
  watcher = new DiskWatcher((change) => changes.push(change));
});
afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

const opened = (path: string) =>
  ({ v, type: 'projectOpened', requestId: 'r', path, project: sampleProject() }) as const;

async function projectFile(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeProject(sampleProject()));
  return path;
}

describe('OpenProjects', () => {
  it('learns each window’s file from the host’s replies, and watches it', async () => {
    const open = new OpenProjects(watcher);
    const a = await projectFile('a.ncproj');
    await open.replied(1, opened(a));
    await open.replied(2, { v, type: 'recentList', requestId: 'r', entries: [] });
    expect(open.pagesWith(a)).toEqual([1]);
    expect(open.pathOf(2)).toBeNull();
    await writeFile(a, serializeProject({ ...sampleProject(), name: 'Changed elsewhere' }));
    expect(await watcher.check(a)).toEqual({ path: a, kind: 'changed' });
    expect(changes).toEqual([{ path: a, kind: 'changed' }]);
  });

  it('stops watching a file no window has open any more', async () => {
    const open = new OpenProjects(watcher);
    const a = await projectFile('a.ncproj');
    const b = await projectFile('b.ncproj');
    await open.replied(1, opened(a));
    await open.replied(2, opened(a));
    await open.replied(1, { v, type: 'projectSaved', requestId: 'r', path: b });
    expect(open.pagesWith(a)).toEqual([2]);
    open.closed(2);
    await writeFile(a, 'changed');
    await writeFile(b, 'changed');
    expect(await watcher.check(a)).toBeNull();
    expect(await watcher.check(b)).toEqual({ path: b, kind: 'changed' });
  });

  it('takes the app’s own saves, through the watched access, for no change', async () => {
    const dataDir = join(dir, 'data');
    const access = OpenProjects.watchSaves(await ProjectAccess.create({ dataDir }), watcher);
    const open = new OpenProjects(watcher);
    const path = await access.save('Digits.ncproj', sampleProject());
    await open.replied(1, { v, type: 'projectSaved', requestId: 'r', path });
    await access.save('Digits.ncproj', { ...sampleProject(), name: 'Digits 2' });
    expect(await watcher.check(path)).toBeNull();
    // The same save not through it is a change the watcher reports.
    const plain = await ProjectAccess.create({ dataDir });
    await plain.save(path, { ...sampleProject(), name: 'Digits, third' });
    expect(await watcher.check(path)).toEqual({ path, kind: 'changed' });
  });
});

describe('actOnDiskAnswer', () => {
  it.each([
    ['reload', [[RELOAD_PATH_CHANNEL, '/p/a.ncproj']]],
    ['saveAgain', [[COMMAND_CHANNEL, 'saveProject']]],
    ['saveAs', [[COMMAND_CHANNEL, 'saveProjectAs']]],
    ['keepMine', []],
  ] as const)('%s asks the window for %j', (answer, expected) => {
    const sent: unknown[][] = [];
    actOnDiskAnswer({ id: 1, send: (...args) => sent.push(args) }, '/p/a.ncproj', answer);
    expect(sent).toEqual(expected);
  });
});
