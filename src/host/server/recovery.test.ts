/**
 * Recovery copies over real host connections: a page keeps its copy while connected, the copy of
 * a page that went away is offered to the next one, which restores or discards it; ids never
 * reach outside the recovery folder, and damaged copies are left out.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProject } from '../../project/testing/sampleProject';
import { PROTOCOL_VERSION as v } from '../../protocol';
import { MAX_RECOVERY_COPIES } from '../../protocol/recovery';
import { parseRendererRequest } from '../../protocol/rendererParse';
import { HostRequestError } from '../../protocol/rendererClient';
import { RecoveryCopies } from './recoveryCopies';
import { closed, connectClient, startTestHost, type HostFixture } from './testing/hostTesting';

let fixture: HostFixture;

beforeAll(async () => {
  fixture = await startTestHost();
});
afterAll(async () => {
  await fixture.dispose();
});

const copyFolder = () => join(fixture.dataDir, 'recovery');

describe('recovery copies through the host', () => {
  it('keeps a page’s copy to itself while it is open, and offers it once the page has gone', async () => {
    const first = await connectClient(fixture.host);
    const second = await connectClient(fixture.host);
    const project = { ...sampleProject(), name: 'Unsaved digits' };
    await first.client.request({ type: 'saveRecovery', copyId: 'page-one-1234', project });
    expect(await readdir(copyFolder())).toContain('page-one-1234.ncproj');

    // Another open page neither sees it nor may overwrite or delete it.
    expect((await second.client.request({ type: 'listRecovery' })).copies).toEqual([]);
    await expect(
      second.client.request({ type: 'saveRecovery', copyId: 'page-one-1234', project }),
    ).rejects.toMatchObject({ kind: 'notAllowed' });
    await expect(
      second.client.request({ type: 'discardRecovery', copyId: 'page-one-1234' }),
    ).rejects.toBeInstanceOf(HostRequestError);

    first.socket.close();
    await closed(first.socket);
    // The host notices the close a moment after the client does.
    await expect
      .poll(async () => (await second.client.request({ type: 'listRecovery' })).copies)
      .toEqual([{ copyId: 'page-one-1234', name: 'Unsaved digits', savedAt: expect.any(String) }]);

    const opened = await second.client.request({ type: 'openRecovery', copyId: 'page-one-1234' });
    expect(opened.project).toEqual(project);
    expect(opened.copy.name).toBe('Unsaved digits');
    await second.client.request({ type: 'discardRecovery', copyId: 'page-one-1234' });
    expect((await second.client.request({ type: 'listRecovery' })).copies).toEqual([]);
    // Discarding a copy that is already gone is no error: two pages may both discard it.
    await second.client.request({ type: 'discardRecovery', copyId: 'page-one-1234' });
    await expect(
      second.client.request({ type: 'openRecovery', copyId: 'page-one-1234' }),
    ).rejects.toThrow(/no recovery copy page-one-1234/);
    second.socket.close();
  });

  it('leaves out a damaged copy instead of failing the list', async () => {
    await mkdir(copyFolder(), { recursive: true });
    await writeFile(join(copyFolder(), 'damaged-copy-1.ncproj'), '{"format": "neurocanvas-pro');
    await writeFile(join(copyFolder(), 'notes.txt'), 'not a copy');
    const page = await connectClient(fixture.host);
    expect((await page.client.request({ type: 'listRecovery' })).copies).toEqual([]);
    await expect(
      page.client.request({ type: 'openRecovery', copyId: 'damaged-copy-1' }),
    ).rejects.toMatchObject({ kind: 'failed' });
    page.socket.close();
  });
});

describe('recovery ids', () => {
  it.each([['../../escape'], ['a/b/c/d/e/f'], ['short'], ['x'.repeat(65)], ['with space 1']])(
    'refuses the id %j before it reaches the host',
    (copyId) => {
      const parsed = parseRendererRequest({ v, type: 'openRecovery', requestId: 'r1', copyId });
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.error).toMatch(/copyId/);
    },
  );

  it('refuses them in the store too, whoever calls it', async () => {
    const copies = await RecoveryCopies.create(join(fixture.dir, 'store-data'));
    await expect(copies.open('../../../etc/passwd')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(copies.save({}, '../outside', sampleProject())).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it(`keeps at most ${MAX_RECOVERY_COPIES} copies, dropping the oldest`, async () => {
    const copies = await RecoveryCopies.create(join(fixture.dir, 'many-data'));
    const owner = {};
    for (let i = 0; i < MAX_RECOVERY_COPIES + 3; i++) {
      await copies.save(owner, `copy-number-${String(i).padStart(2, '0')}`, sampleProject());
      copies.release(owner);
      // Distinct modification times, so "oldest" is well defined.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const listed = await copies.list();
    expect(listed).toHaveLength(MAX_RECOVERY_COPIES);
    expect(listed[0]!.copyId).toBe(`copy-number-${MAX_RECOVERY_COPIES + 2}`);
    expect(listed.map((c) => c.copyId)).not.toContain('copy-number-00');
  });
});
