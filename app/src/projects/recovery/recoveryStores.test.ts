// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { newProject, type Project } from '../../../../src/project';
import { localRecovery, newCopyId } from './recoveryStores';

const project = (name: string): Project => ({
  ...newProject(name),
  graph: chain('Input', 'Dense', 'Output'),
});

beforeEach(() => localStorage.clear());

describe('recovery copies in local storage', () => {
  it('offers the copies of other pages, newest first, never the page’s own', async () => {
    let clock = Date.parse('2025-03-01T10:00:00Z');
    const now = () => new Date((clock += 1000));
    const older = localRecovery(localStorage, 'page-older-aaaa', now);
    const newer = localRecovery(localStorage, 'page-newer-bbbb', now);
    const mine = localRecovery(localStorage, 'page-mine-cccc', now);
    await older.keep(project('Older'));
    await newer.keep(project('Newer'));
    await mine.keep(project('Mine'));
    expect((await mine.left()).map((c) => [c.copyId, c.name])).toEqual([
      ['page-newer-bbbb', 'Newer'],
      ['page-older-aaaa', 'Older'],
    ]);
    expect(await mine.open('page-older-aaaa')).toEqual(project('Older'));

    await mine.discard('page-older-aaaa');
    await newer.drop();
    expect(await mine.left()).toEqual([]);
    await expect(mine.open('page-older-aaaa')).rejects.toThrow('The recovery copy is gone.');
  });

  it('skips entries that are not copies, and says why a damaged copy cannot be opened', async () => {
    localStorage.setItem('neurocanvas.recovery.page-junk-1', 'not json');
    localStorage.setItem('neurocanvas.recovery.page-odd-2', '{"name": 3}');
    localStorage.setItem(
      'neurocanvas.recovery.page-bad-3',
      JSON.stringify({ name: 'Bad', savedAt: '2025-01-01T00:00:00Z', text: '{"format": 1}' }),
    );
    localStorage.setItem('neurocanvas.theme', 'dark');
    const mine = localRecovery(localStorage, 'page-mine-cccc');
    expect((await mine.left()).map((c) => c.copyId)).toEqual(['page-bad-3']);
    await expect(mine.open('page-bad-3')).rejects.toThrow(/cannot be read/);
  });

  it('says so when the browser has no room left', async () => {
    const full = {
      ...localStorage,
      length: 0,
      key: () => null,
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    await expect(localRecovery(full, 'page-full-1234').keep(project('Big'))).rejects.toThrow(
      /no room left for a recovery copy/,
    );
  });

  it('makes copy ids the host accepts', () => {
    expect(newCopyId()).toMatch(/^page-[a-z0-9]{16}$/);
    expect(newCopyId()).not.toBe(newCopyId());
  });
});
