/**
 * Main's side of the trainer streaming straight to its page: for each trainer it starts, main
 * makes a channel, hands one end to the utility process (before anything else) and the other to
 * the page, and keeps to itself only the trainer's lifecycle. The utility process is a stand-in
 * the test drives, playing the trainer on the port it was given; the page is the real preload API
 * and client over IPC played by structured clones (`ipcTesting.ts`), with Node's real ports.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v, type TrainerMessage } from '../../protocol';
import { hostClientOverBridge } from '../../protocol/rendererBridge';
import type { HostClient } from '../../protocol/rendererClient';
import { hostMessages, trainerMessages } from '../../protocol/testing/messages';
import { PORT_MESSAGE } from '../../train/process/channel';
import { ProjectAccess } from '../server/projectAccess';
import { IpcBridge } from './ipcBridge';
import { FakeContextBridge, nodeChannel, pageIpc, registered } from './ipcTesting';
import { exposeDesktopBridge } from './preloadApi';
import { utilityTrainerSpawn, type UtilityProcessLike } from './trainerUtility';
import { isAppUrl } from './window';

/** A utility process the test plays: what main posts to it, and its events. */
interface Utility {
  posted: { message: unknown; transfer: unknown[] | undefined }[];
  events: EventEmitter;
  end(code: number): void;
}

let dir: string;
let bridge: IpcBridge;
const utilities: Utility[] = [];

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'neurocanvas-ports-')));
  bridge = new IpcBridge({
    services: { files: await ProjectAccess.create({ dataDir: dir, allowedPaths: [] }) },
    isAppUrl,
    newChannel: nodeChannel,
    trainerSpawn: (pagePort) =>
      utilityTrainerSpawn(() => {
        const events = new EventEmitter();
        const stdout = new PassThrough();
        const stderr = new PassThrough();
        const utility: Utility = {
          posted: [],
          events,
          end: (code) => {
            stdout.end();
            stderr.end();
            events.emit('exit', code);
          },
        };
        utilities.push(utility);
        queueMicrotask(() => events.emit('spawn'));
        return {
          pid: 100 + utilities.length,
          stdout,
          stderr,
          postMessage: (message, transfer) => {
            utility.posted.push({ message, transfer });
            // Told to shut down, a trainer ends by itself.
            if ((message as { type?: unknown }).type === 'shutdown')
              queueMicrotask(() => utility.end(0));
          },
          kill: () => {
            queueMicrotask(() => utility.end(143));
            return true;
          },
          on: (event: string, listener: Parameters<EventEmitter['on']>[1]) =>
            events.on(event, listener),
        } as UtilityProcessLike;
      }, pagePort),
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function openPage(contentsId: number): HostClient {
  const api = exposeDesktopBridge(
    new FakeContextBridge(),
    pageIpc(registered(bridge), { contentsId }),
  );
  return hostClientOverBridge(api);
}

/** The port main handed this utility process, checked to be the first thing it was sent. */
function portOf(utility: Utility): MessagePort {
  const [first] = utility.posted;
  expect(first?.message).toEqual(PORT_MESSAGE);
  expect(first?.transfer).toHaveLength(1);
  return first!.transfer![0] as MessagePort;
}

function nextMessage(client: HostClient): Promise<TrainerMessage> {
  return new Promise((resolve) => {
    const off = client.onTrainerMessage((message) => {
      off();
      resolve(message);
    });
  });
}

const start = hostMessages().start;

describe("a page's trainer streaming to it over its own port", () => {
  it('hands the trainer its port first, and what the trainer posts there reaches the page', async () => {
    const client = openPage(1);
    await client.request({ type: 'trainer', message: start });
    const utility = utilities.at(-1)!;
    expect(utility.posted.map((p) => p.message)).toEqual([PORT_MESSAGE, start]);

    const arriving = nextMessage(client);
    const { epoch } = trainerMessages();
    portOf(utility).postMessage({ v, type: 'trainerMessage', message: epoch });
    expect(await arriving).toEqual(epoch);
    await bridge.closePage(1);
  });

  it('checks what arrives on the port with the page parser', async () => {
    const client = openPage(2);
    await client.request({ type: 'trainer', message: start });
    const problem = new Promise((resolve) => client.onProblem(resolve));
    portOf(utilities.at(-1)!).postMessage({
      v,
      type: 'trainerMessage',
      message: { type: 'epoch' },
    });
    expect(await problem).toEqual(expect.stringMatching(/trainerMessage|epoch|message/));
    await bridge.closePage(2);
  });

  it('reports a crash from main, and gives the next trainer a new port', async () => {
    const client = openPage(3);
    await client.request({ type: 'trainer', message: start });
    const first = utilities.at(-1)!;
    const exit = new Promise((resolve) => client.onTrainerExit(resolve));
    first.end(1);
    expect(await exit).toMatchObject({ type: 'trainerExit', crashed: true });

    await client.request({ type: 'trainer', message: start });
    const second = utilities.at(-1)!;
    expect(second).not.toBe(first);
    const port = portOf(second);
    expect(port).not.toBe(portOf(first));
    const arriving = nextMessage(client);
    const { done } = trainerMessages();
    port.postMessage({ v, type: 'trainerMessage', message: done });
    expect(await arriving).toEqual(done);
    await bridge.closePage(3);
  });
});
