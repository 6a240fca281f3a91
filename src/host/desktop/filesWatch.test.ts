import { mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { newProject } from '../../project';
import { saveProjectFile } from '../projectFiles';
import {
  changedOnDiskAnswer,
  changedOnDiskQuestion,
  DiskWatcher,
  fingerprintOf,
  type DiskChange,
} from './filesWatch';

describe('DiskWatcher', () => {
  let dir: string;
  let path: string;
  let changes: DiskChange[];
  let watcher: DiskWatcher;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neurocanvas-watch-'));
    path = join(dir, 'mnist.ncproj');
    await saveProjectFile(path, newProject('MNIST'));
    changes = [];
    watcher = new DiskWatcher((change) => changes.push(change));
    await watcher.remember(path);
  });
  afterEach(async () => {
    watcher.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('reports a change of content by another program, once', async () => {
    await writeFile(path, '{"edited": "elsewhere"}');
    expect(await watcher.check(path)).toEqual({ path, kind: 'changed' });
    expect(await watcher.check(path)).toBeNull();
    expect(changes).toEqual([{ path, kind: 'changed' }]);
  });

  it('ignores a touch or a rewrite of the same bytes', async () => {
    const before = await fingerprintOf(path);
    await utimes(path, new Date(), new Date(Date.now() + 5_000));
    expect(await watcher.check(path)).toBeNull();
    const temp = join(dir, 'copy.tmp');
    await saveProjectFile(temp, newProject('MNIST'));
    await rename(temp, path);
    expect((await fingerprintOf(path))!.sha256).toBe(before!.sha256);
    expect(await watcher.check(path)).toBeNull();
    expect(changes).toEqual([]);
  });

  it("does not count the app's own saves", async () => {
    await watcher.saving(path, () => saveProjectFile(path, newProject('MNIST, renamed')));
    expect(await watcher.check(path)).toBeNull();
    expect(changes).toEqual([]);
  });

  it('reports a deleted file', async () => {
    await unlink(path);
    expect(await watcher.check(path)).toEqual({ path, kind: 'deleted' });
  });

  it('forgets files it is told to', async () => {
    watcher.forget(path);
    await writeFile(path, 'changed');
    expect(await watcher.check(path)).toBeNull();
  });

  it('notices by itself when another program replaces the file, even after the app saved it', async () => {
    await watcher.saving(path, () => saveProjectFile(path, newProject('Mine')));
    const temp = join(dir, '.other-editor.tmp');
    await writeFile(temp, '{"theirs": true}');
    await rename(temp, path);
    await until(() => changes.length > 0);
    expect(changes).toEqual([{ path, kind: 'changed' }]);
  });
});

describe('the question about a file changed on disk', () => {
  const changed: DiskChange = { path: '/p/mnist.ncproj', kind: 'changed' };
  const deleted: DiskChange = { path: '/p/mnist.ncproj', kind: 'deleted' };

  it('offers Reload, Keep mine and Save as for a changed file, keeping mine on Escape', () => {
    const box = changedOnDiskQuestion(changed, 'MNIST', translator('en'));
    expect(box.message).toBe('mnist.ncproj was changed by another program.');
    expect(box.buttons.map((_, i) => changedOnDiskAnswer(changed, i))).toEqual([
      'reload',
      'keepMine',
      'saveAs',
    ]);
    expect(changedOnDiskAnswer(changed, box.cancelId)).toBe('keepMine');
  });

  it('offers Save again, Save as and Keep mine for a deleted file', () => {
    const box = changedOnDiskQuestion(deleted, 'MNIST', translator('en'));
    expect(box.message).toBe('mnist.ncproj was deleted or moved by another program.');
    expect(box.buttons.map((_, i) => changedOnDiskAnswer(deleted, i))).toEqual([
      'saveAgain',
      'saveAs',
      'keepMine',
    ]);
    expect(changedOnDiskAnswer(deleted, box.cancelId)).toBe('keepMine');
    expect(changedOnDiskAnswer(deleted, 7)).toBe('keepMine');
  });

  it('asks in Russian when the page speaks Russian, naming the project or not', () => {
    const ru = translator('ru');
    const box = changedOnDiskQuestion(changed, 'MNIST', ru);
    expect(box.message).toBe('Файл mnist.ncproj изменён другой программой.');
    expect(box.detail).toContain('в проекте «MNIST»');
    expect(box.buttons).toEqual(['&Загрузить заново', '&Оставить мою', 'Сохранить &как…']);
    expect(changedOnDiskQuestion(deleted, '', ru).detail).toMatch(/^Этот проект по-прежнему/);
    expect(changedOnDiskQuestion(deleted, '', translator('en')).detail).toMatch(
      /^This project is still open/,
    );
  });
});
