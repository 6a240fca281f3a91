/**
 * Unsaved work survives a closed page, through a real host: one page edits and autosaves to the
 * host's data folder, then goes away without saving; the next page is offered the copy, restores
 * it as unsaved work, and the copy moves to that page before the old one is deleted.
 */
// eslint-disable-next-line no-restricted-imports -- the test looks into the host's data folder
import { readdir } from 'node:fs/promises';
// eslint-disable-next-line no-restricted-imports -- as above
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { chain } from '../../../../src/graph/testing/build';
import { newProject } from '../../../../src/project';
import { hostClientOverWebSocket } from '../../../../src/protocol/rendererClient';
// eslint-disable-next-line no-restricted-imports -- the test starts a real host for the pages to talk to
import { startTestHost, type HostFixture } from '../../../../src/host/server/testing/hostTesting';
import { createDocumentStore } from '../../stores/documentStore';
import { createUiStore } from '../../stores/uiStore';
import { Autosaver } from './autosaver';
import { lookForCopies, recoveryOffer, restoreCopy } from './recoveryOffer';
import { hostRecovery } from './recoveryStores';

let fixture: HostFixture;

beforeAll(async () => {
  fixture = await startTestHost();
});
afterAll(async () => {
  await fixture.dispose();
});

/** A page's connection: a client over a real socket carrying the page's token. */
async function openPage() {
  const { port, token } = fixture.host;
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, {
    headers: { origin: `http://127.0.0.1:${port}` },
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, client: hostClientOverWebSocket(socket) };
}

const copies = () => readdir(join(fixture.dataDir, 'recovery'));

it('restores the unsaved work of a page that closed, and keeps it the whole time', async () => {
  const first = await openPage();
  const firstDoc = createDocumentStore({ ...newProject('Draft'), graph: chain('Input', 'Output') });
  const firstStore = hostRecovery(first.client, 'page-first-000001');
  const autosave = new Autosaver(firstDoc, () => firstStore);
  firstDoc.getState().apply({ type: 'renameNode', id: 'n1', name: 'pixels' });
  await autosave.tick();
  expect(await copies()).toEqual(['page-first-000001.ncproj']);
  first.socket.close();

  const second = await openPage();
  const doc = createDocumentStore();
  const ui = createUiStore();
  const store = hostRecovery(second.client, 'page-second-00002');
  // The host lets go of the first page's copy once it notices the socket closed.
  await expect
    .poll(async () => {
      await lookForCopies(store);
      return recoveryOffer.getState().copies.map((c) => c.name);
    })
    .toEqual(['Draft']);

  const ownAutosave = new Autosaver(doc, () => store);
  await restoreCopy(recoveryOffer.getState().copies[0]!, {
    doc,
    ui,
    autosaver: ownAutosave,
    confirm: () => true,
  });
  const { project, saved } = doc.getState();
  expect(project.graph).toEqual(firstDoc.getState().project.graph);
  expect(project.name).toBe('Draft');
  // Still unsaved work: the marker shows, and this page now keeps the copy.
  expect(saved).not.toBe(project);
  expect(await copies()).toEqual(['page-second-00002.ncproj']);
  expect(recoveryOffer.getState().copies).toEqual([]);
  expect(ui.getState().notice?.text).toBe('Restored Draft. Save it to keep it.');

  // Once saved, nothing is left to recover.
  doc.getState().markSaved();
  await ownAutosave.tick();
  expect(await copies()).toEqual([]);
  second.socket.close();
});
