/**
 * Connecting where no host answers: nothing listening, or a server that never takes the socket
 * (as a development server does). Real sockets on 127.0.0.1; the real host is in
 * `training/training.integration.test.ts`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { connectHost, hostSocketUrl, NO_HOST_REASON, type OpenSocket } from './connectHost';

const open: OpenSocket = (url) => new WebSocket(url);

let server: WebSocketServer | null = null;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

type Decide = (allow: boolean, status?: number) => void;

/** A socket server on a free port that lets `decide` answer each connection attempt. */
async function listen(decide: (answer: Decide) => void): Promise<number> {
  const started = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (_info: unknown, answer: Decide) => decide(answer),
  });
  server = started;
  await new Promise((resolve) => started.once('listening', resolve));
  return (started.address() as { port: number }).port;
}

describe('connecting to the host', () => {
  it('puts the socket at /ws on the page’s own address, with its query', () => {
    expect(hostSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321', search: '?token=abc' })).toBe(
      'ws://127.0.0.1:4321/ws?token=abc',
    );
    expect(hostSocketUrl({ protocol: 'https:', host: 'localhost', search: '' })).toBe(
      'wss://localhost/ws',
    );
  });

  it('connects where a socket server answers', async () => {
    const port = await listen((answer) => answer(true));
    const outcome = await connectHost(`ws://127.0.0.1:${port}/ws`, { open });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) outcome.socket.close();
  });

  it('finds no host where nothing listens', async () => {
    const port = await listen((answer) => answer(true));
    await new Promise((resolve) => server!.close(resolve));
    server = null;
    expect(await connectHost(`ws://127.0.0.1:${port}/ws`, { open })).toEqual({
      ok: false,
      reason: NO_HOST_REASON,
    });
  });

  it('finds no host where the server refuses the socket', async () => {
    const port = await listen((answer) => answer(false, 404));
    expect(await connectHost(`ws://127.0.0.1:${port}/ws`, { open })).toMatchObject({ ok: false });
  });

  it('gives up on a server that never answers', async () => {
    let unanswered: Decide | null = null;
    const port = await listen((answer) => (unanswered = answer));
    const outcome = await connectHost(`ws://127.0.0.1:${port}/ws`, { open, timeoutMs: 100 });
    expect(outcome).toEqual({ ok: false, reason: NO_HOST_REASON });
    // Answered only now, so the server can close.
    expect(unanswered).not.toBeNull();
    unanswered!(false, 503);
  });
});
