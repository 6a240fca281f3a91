/**
 * The trainer as the desktop app starts it, talking through `process.parentPort`: a worker thread
 * runs the real trainer module (see `testing/portTrainer.mjs`), and Node's MessageChannel plays the
 * MessageChannelMain whose one end main hands the trainer and whose other end goes to the page.
 * What reaches the page's end is read by the page's own client, with the page's parser.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import {
  PROTOCOL_VERSION as v,
  STREAMS_ON,
  type HostMessageOf,
  type TrainerMessage,
} from '../../protocol';
import { HostClient } from '../../protocol/rendererClient';
import { PORT_MESSAGE } from './channel';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

const start: HostMessageOf<'start'> = {
  v,
  type: 'start',
  runId: 'p1',
  graph,
  dataset: { id: 'xor', options: { count: 200 } },
  training: { ...defaultTraining(), epochs: 3, batchSize: 20, learningRate: 0.03 },
  backend: 'cpu',
  streams: STREAMS_ON,
};

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

/** The trainer in a worker, and what it posted to its parent (main). */
function startTrainer(): { worker: Worker; toParent: unknown[] } {
  const worker = new Worker(fileURLToPath(new URL('./testing/portTrainer.mjs', import.meta.url)));
  workers.push(worker);
  const toParent: unknown[] = [];
  worker.on('message', (message) => toParent.push(message));
  return { worker, toParent };
}

/** What main posts, as a utility process receives it: its data, and the ports transferred. */
function post(worker: Worker, data: unknown, ports: MessagePort[] = []): void {
  worker.postMessage({ data, ports }, ports);
}

/** Collects the trainer messages a client reads until the run's `done`. */
function untilDone(client: HostClient): Promise<TrainerMessage[]> {
  const seen: TrainerMessage[] = [];
  return new Promise((resolve) =>
    client.onTrainerMessage((message) => {
      seen.push(message);
      if (message.type === 'done') resolve(seen);
    }),
  );
}

describe('the trainer with a port to the page', () => {
  it('streams a real run to the page, read by its parser, and sends main nothing', async () => {
    const { worker, toParent } = startTrainer();
    const { port1, port2 } = new MessageChannel();
    const problems: string[] = [];
    const page = new HostClient(() => undefined);
    page.onProblem((problem) => problems.push(problem));
    port2.on('message', (data) => page.receive(data));
    const seen = untilDone(page);
    post(worker, PORT_MESSAGE, [port1]);
    post(worker, start);
    const messages = await seen;
    port2.close();

    expect(problems).toEqual([]);
    const types = new Set(messages.map((m) => m.type));
    for (const type of ['ready', 'started', 'batch', 'epoch', 'activations', 'boundary', 'done'])
      expect(types).toContain(type);
    expect(messages.filter((m) => m.type === 'epoch')).toHaveLength(3);
    // Typed arrays cross as typed arrays.
    const boundary = messages.find((m) => m.type === 'boundary');
    expect(Object.values(boundary!).some((value) => ArrayBuffer.isView(value))).toBe(true);
    expect(toParent).toEqual([]);
  });

  it('sends everything to its parent when it was given no port', async () => {
    const { worker, toParent } = startTrainer();
    const main = new HostClient(() => undefined);
    const seen = untilDone(main);
    // Main reads the trainer's own messages; the client is only a convenient reader here.
    worker.on('message', (message) => main.receive({ v, type: 'trainerMessage', message }));
    post(worker, { ...start, streams: { ...STREAMS_ON, activations: false, boundary: false } });
    const messages = await seen;
    expect(messages.at(-1)).toMatchObject({ type: 'done', epochs: 3 });
    expect(toParent.length).toBe(messages.length);
  });

  it('takes a port only from a message that is exactly the port message', async () => {
    const { worker, toParent } = startTrainer();
    const { port1, port2 } = new MessageChannel();
    const onPort: unknown[] = [];
    port2.on('message', (data) => onPort.push(data));
    const main = new HostClient(() => undefined);
    const seen = untilDone(main);
    worker.on('message', (message) => main.receive({ v, type: 'trainerMessage', message }));
    post(worker, { ...PORT_MESSAGE, extra: true }, [port1]);
    post(worker, { ...start, streams: { ...STREAMS_ON, activations: false, boundary: false } });
    await seen;
    port2.close();
    expect(onPort).toEqual([]);
    // The odd message went to the controller, which refused it with an error.
    expect(toParent).toContainEqual(expect.objectContaining({ type: 'error' }));
  });
});
