/**
 * Saving through a real host the way the toolbar does: a project in no file yet asks for a name
 * before it is written (so a second "Untitled" never silently replaces the first), a project
 * opened from the host saves back to its file, and Save as writes a new file in the projects
 * folder that later saves follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { chain } from '../../../src/graph/testing/build';
import { newProject } from '../../../src/project';
import { hostClientOverWebSocket, type HostClient } from '../../../src/protocol/rendererClient';
// eslint-disable-next-line no-restricted-imports -- the test starts a real host for the page to talk to
import { startTestHost, type HostFixture } from '../../../src/host/server/testing/hostTesting';
import { getCommand } from '../commands/index';
import type { CommandContext } from '../commands/types';
import { hostProjectFiles } from '../host/hostProjectFiles';
import type { ProjectChoice } from '../host/projectPicker';
import { memoryClipboard } from '../io/clipboard';
import { createDocumentStore } from '../stores/documentStore';
import { createUiStore } from '../stores/uiStore';

let fixture: HostFixture;
let client: HostClient;
let socket: WebSocket;

beforeAll(async () => {
  fixture = await startTestHost();
  const { port, token } = fixture.host;
  socket = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, {
    headers: { origin: `http://127.0.0.1:${port}` },
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  client = hostClientOverWebSocket(socket);
});
afterAll(async () => {
  socket.close();
  await fixture.dispose();
});

function page() {
  const names: (string | null)[] = [];
  const asked: string[] = [];
  let choice: ProjectChoice = null;
  const ctx: CommandContext = {
    doc: createDocumentStore({ ...newProject('Untitled'), graph: chain('Input', 'Output') }),
    ui: createUiStore(),
    view: null,
    clipboard: memoryClipboard(),
    files: hostProjectFiles(client, async () => choice),
    confirm: () => true,
    askTemplate: async () => null,
    askSaveName: async (current) => {
      asked.push(current);
      return names.shift() ?? null;
    },
  };
  return { ctx, names, asked, pick: (c: ProjectChoice) => (choice = c) };
}

const listed = async () =>
  (await client.request({ type: 'listProjects' })).projects.map((p) => p.name).sort();
const run = (name: string, ctx: CommandContext) => getCommand(name).perform(ctx);

describe('saving to the host', () => {
  it('asks for a name for a project in no file, then saves back to that file', async () => {
    const { ctx, names, asked } = page();
    names.push('Untitled');
    await run('saveProject', ctx);
    expect(asked).toEqual(['Untitled']);
    expect(await listed()).toEqual(['Untitled']);

    // The second save knows the file.
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'pixels' });
    await run('saveProject', ctx);
    expect(asked).toHaveLength(1);
    expect(ctx.doc.getState().saved).toBe(ctx.doc.getState().project);

    // A new project of the same name is another project: Save asks, and cancelling writes nothing.
    await run('newProject', ctx);
    await run('saveProject', ctx);
    expect(asked).toHaveLength(2);
    const opened = await client.request({ type: 'openProject', path: 'Untitled.ncproj' });
    expect(opened.project.graph.nodes[0]!.name).toBe('pixels');
  });

  it('saves a project opened from the host back to its file, and Save as to a new one', async () => {
    const first = page();
    first.names.push('Digits');
    await run('saveProject', first.ctx);

    const { ctx, names, asked, pick } = page();
    const { path } = (await client.request({ type: 'listProjects' })).projects.find(
      (p) => p.name === 'Digits',
    )!;
    pick({ kind: 'path', path });
    await run('openProject', ctx);
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n2', name: 'label' });
    await run('saveProject', ctx);
    expect(asked).toEqual([]);

    names.push('Digits v2');
    await run('saveProjectAs', ctx);
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'image' });
    await run('saveProject', ctx);
    expect(await listed()).toEqual(['Digits', 'Digits v2', 'Untitled']);
    const v1 = await client.request({ type: 'openProject', path: 'Digits.ncproj' });
    const v2 = await client.request({ type: 'openProject', path: 'Digits v2.ncproj' });
    expect(v1.project.graph.nodes.map((n) => n.name)).toEqual(['input_1', 'label']);
    expect(v2.project.name).toBe('Digits v2');
    expect(v2.project.graph.nodes.map((n) => n.name)).toEqual(['image', 'label']);
  });
});
