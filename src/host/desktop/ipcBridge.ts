/**
 * Main's side of the desktop shell's IPC: each page (one window's web contents, from one load to
 * the next) gets its own `HostRequests`, the same request handling browser mode gives each
 * WebSocket, and its own MessagePort for what main tells it of its trainer (`trainerExit`).
 *
 * Given `trainerSpawn`, each trainer the page starts gets a channel of its own: one end goes to the
 * trainer, the other to the page, and the trainer's messages (batches, epochs, activation maps…)
 * flow straight from one to the other, never through main, which only starts and stops the
 * trainer and reports its exit. A new trainer (after a crash, say) needs a new channel, because a
 * port handed to a process that ended is gone with it.
 *
 * A message is answered only when it comes from the app's own top frame, on an allowlisted
 * channel, with the one payload that channel carries, of the type that channel is for; the
 * payload is then checked by the protocol's parser like any WebSocket frame. Anything else gets a
 * `failed` reply saying what was wrong, never an exception.
 *
 * Electron's objects are taken by the little this uses of them (src/ never imports Electron), so
 * the tests drive it with plain objects and `electron/main.ts` passes the real ones.
 */
import { PROTOCOL_VERSION as v } from '../../protocol';
import type { HostReply } from '../../protocol/renderer';
import { readableRequestId } from '../../protocol/rendererParse';
import { failed, HostRequests, type HostServices } from '../server/hostRequests';
import type { SpawnTrainer } from '../trainerChild';
import { TrainerProcess } from '../trainerProcess';
import { CONNECT_CHANNEL, PORT_CHANNEL, REQUEST_CHANNELS, requestTypeOf } from './ipcChannels';

/** Main's end of a MessageChannelMain. */
export interface MainPort {
  postMessage(message: unknown): void;
  close(): void;
}

/**
 * The frame that sent a message (Electron's `WebFrameMain`), as far as this uses it. `Port` is the
 * page's end of a channel (Electron's `MessagePortMain`).
 */
export interface SenderFrame<Port = unknown> {
  readonly url: string;
  /** Null for a window's top frame. */
  readonly parent: unknown;
  postMessage(channel: string, message: unknown, transfer: Port[]): void;
}

/** An IPC event (`IpcMainInvokeEvent` / `IpcMainEvent`), as far as this uses it. */
export interface IpcEvent<Port = unknown> {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame<Port> | null;
}

export interface IpcMainLike<Port = unknown> {
  handle(channel: string, listener: (event: IpcEvent<Port>, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEvent<Port>, ...args: unknown[]) => void): void;
}

export interface IpcBridgeOptions<Port = unknown> {
  services: HostServices;
  /** Whether an address is the app's own page (see `window.ts`). */
  isAppUrl(url: string): boolean;
  /** A fresh pair of connected ports: Electron's `new MessageChannelMain()`. */
  newChannel(): { port1: MainPort; port2: Port };
  /**
   * How a page's trainer is started, given `pagePort`, which hands one end of a fresh channel to
   * the page and returns the other for the trainer (see `utilityTrainerSpawn`). Without it the
   * trainer's messages reach the page through main.
   */
  trainerSpawn?(pagePort: () => MainPort): SpawnTrainer;
  /**
   * Told of every reply a page gets, e.g. so main knows which project file each window has open
   * (from `projectOpened` and `projectSaved`, whose paths the host itself resolved).
   */
  onReply?(contentsId: number, reply: HostReply): void;
}

interface Page {
  requests: HostRequests;
  port: MainPort;
}

export class IpcBridge<Port = unknown> {
  private readonly pages = new Map<number, Page>();

  constructor(private readonly options: IpcBridgeOptions<Port>) {}

  /** Answers each allowlisted channel, and nothing else. */
  register(ipcMain: IpcMainLike<Port>): void {
    ipcMain.on(CONNECT_CHANNEL, (event, ...args) => void this.connect(event, ...args));
    for (const channel of REQUEST_CHANNELS)
      ipcMain.handle(channel, (event, ...args) => this.request(channel, event, ...args));
  }

  /**
   * A page has loaded and wants its port. A page that connected before (the window reloaded) is
   * closed first, as a WebSocket is when its tab reloads: its trainer stops.
   */
  connect(event: IpcEvent<Port>, ...args: unknown[]): boolean {
    const frame = this.trustedFrame(event);
    if (!frame || args.length !== 0) return false;
    const previous = this.pages.get(event.sender.id);
    const { port1, port2 } = this.options.newChannel();
    const requests = new HostRequests(this.pageServices(frame), {
      message: (message) => port1.postMessage({ v, type: 'trainerMessage', message }),
      exit: (reply) => port1.postMessage(reply),
    });
    // Registered before anything awaits, so the page's first request (right behind) finds it.
    this.pages.set(event.sender.id, { requests, port: port1 });
    if (previous) void endPage(previous);
    frame.postMessage(PORT_CHANNEL, null, [port2]);
    return true;
  }

  /** The answer to a message on `channel`: its reply, or `failed` saying why there is none. */
  async request(channel: string, event: IpcEvent<Port>, ...args: unknown[]): Promise<HostReply> {
    // Every refusal names the request when it can, so the page's client settles it.
    const requestId = args.length === 1 ? readableRequestId(args[0]) : undefined;
    const type = requestTypeOf(channel);
    if (type === null)
      return failed(
        requestId,
        'notAllowed',
        `"${clip(channel)}" is not a channel NeuroCanvas answers.`,
      );
    if (!this.trustedFrame(event))
      return failed(requestId, 'notAllowed', 'Only the NeuroCanvas page itself may ask this.');
    if (args.length !== 1)
      return failed(undefined, 'invalid', `A request is one message; ${args.length} arrived.`);
    const [payload] = args;
    const sent = typeOf(payload);
    if (sent !== undefined && sent !== type)
      return failed(
        requestId,
        'invalid',
        `A ${JSON.stringify(clip(sent))} request arrived on the channel for "${type}" requests.`,
      );
    const page = this.pages.get(event.sender.id);
    if (!page) return failed(requestId, 'failed', 'The page is not connected; reload it.');
    const reply = await page.requests.handleRequest(payload);
    this.options.onReply?.(event.sender.id, reply);
    return reply;
  }

  /** The page in these web contents is gone (closed, crashed, reloading): its trainer stops. */
  async closePage(contentsId: number): Promise<void> {
    const page = this.pages.get(contentsId);
    if (!page) return;
    this.pages.delete(contentsId);
    await endPage(page);
  }

  /** Every page closed, for quitting. */
  async close(): Promise<void> {
    await Promise.all([...this.pages.keys()].map((id) => this.closePage(id)));
  }

  /** The host's services for one page, whose trainers, if they can, speak to it directly. */
  private pageServices(frame: SenderFrame<Port>): HostServices {
    const { services, trainerSpawn, newChannel } = this.options;
    if (!trainerSpawn) return services;
    const spawn = trainerSpawn(() => {
      const { port1, port2 } = newChannel();
      frame.postMessage(PORT_CHANNEL, null, [port2]);
      return port1;
    });
    return { ...services, createTrainer: () => new TrainerProcess({ ...services.trainer, spawn }) };
  }

  private trustedFrame(event: IpcEvent<Port>): SenderFrame<Port> | null {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !this.options.isAppUrl(frame.url)) return null;
    return frame;
  }
}

async function endPage(page: Page): Promise<void> {
  await page.requests.close();
  page.port.close();
}

function typeOf(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object' || !Object.hasOwn(payload, 'type'))
    return undefined;
  const type = (payload as { type: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

/** Names from untrusted input are shown only in part. */
function clip(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}
