import { describe, expect, it } from 'vitest';
import type { RendererRequest } from './renderer';
import { HostClient, HostRequestError } from './rendererClient';
import { trainerMessages } from './testing/messages';
import { PROTOCOL_VERSION as v } from './version';

/** A client whose requests are kept, for the test to answer as the host would. */
function clientWithOutbox(): { client: HostClient; sent: RendererRequest[] } {
  const sent: RendererRequest[] = [];
  return { client: new HostClient((r) => sent.push(r)), sent };
}

describe('HostClient', () => {
  it('sends requests with the version and a fresh id, and resolves each with its own reply', async () => {
    const { client, sent } = clientWithOutbox();
    const first = client.request({ type: 'listRecent' });
    const second = client.request({ type: 'openProject', path: 'a.ncproj' });
    expect(sent).toEqual([
      { v, type: 'listRecent', requestId: 'r1' },
      { v, type: 'openProject', requestId: 'r2', path: 'a.ncproj' },
    ]);
    client.receive({
      v,
      type: 'failed',
      requestId: 'r2',
      kind: 'notAllowed',
      message: 'Not there.',
    });
    client.receive({ v, type: 'recentList', requestId: 'r1', entries: [] });
    await expect(first).resolves.toEqual({ v, type: 'recentList', requestId: 'r1', entries: [] });
    await expect(second).rejects.toEqual(new HostRequestError('Not there.', 'notAllowed'));
  });

  it('refuses a reply of the wrong type for its request', async () => {
    const { client } = clientWithOutbox();
    const pending = client.request({ type: 'listRecent' });
    client.receive({ v, type: 'projectSaved', requestId: 'r1', path: '/p/a.ncproj' });
    await expect(pending).rejects.toMatchObject({
      kind: 'invalid',
      message: 'The host answered a "listRecent" request with "projectSaved".',
    });
  });

  it('fails a request whose reply does not pass the checks, and reports other bad messages', async () => {
    const { client } = clientWithOutbox();
    const problems: string[] = [];
    client.onProblem((p) => problems.push(p));
    const pending = client.request({ type: 'listRecent' });
    client.receive({ v, type: 'recentList', requestId: 'r1', entries: 'none' });
    await expect(pending).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/entries/),
    });
    client.receive({ v: 2, type: 'trainerMessage' });
    client.receive({ v, type: 'recentList', requestId: 'r9', entries: [] });
    expect(problems).toEqual([
      expect.stringMatching(/different releases/),
      'The host answered a request it was not asked (recentList).',
    ]);
  });

  it('hands trainer messages and exits to their listeners', () => {
    const { client } = clientWithOutbox();
    const seen: string[] = [];
    const off = client.onTrainerMessage((m) => seen.push(m.type));
    client.onTrainerExit((e) => seen.push(`exit: ${e.message}`));
    client.receive({ v, type: 'trainerMessage', message: trainerMessages().started });
    off();
    client.receive({ v, type: 'trainerMessage', message: trainerMessages().done });
    client.receive({ v, type: 'trainerExit', crashed: true, outOfMemory: false, message: 'Gone.' });
    expect(seen).toEqual(['started', 'exit: Gone.']);
  });

  it('fails what is unanswered, and what comes later, once disconnected', async () => {
    const { client } = clientWithOutbox();
    const pending = client.request({ type: 'listRecent' });
    client.disconnected('Closed.');
    await expect(pending).rejects.toEqual(new HostRequestError('Closed.', 'disconnected'));
    await expect(client.request({ type: 'listRecent' })).rejects.toMatchObject({
      kind: 'disconnected',
    });
  });
});
