/**
 * A real training run through the browser mode's socket: the page's request reaches a real
 * trainer process, and every message it sends comes back typed and checked by the page's client.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import { PROTOCOL_VERSION as v, type HostMessageOf, type TrainerMessage } from '../../protocol';
import type { HostClient } from '../../protocol/rendererClient';
import { closed, connectClient, startTestHost, type HostFixture } from './testing/hostTesting';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

function start(runId: string, epochs: number): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph,
    dataset: { id: 'xor', options: { count: 200 } },
    training: { ...defaultTraining(), epochs, batchSize: 20, learningRate: 0.03 },
    backend: 'cpu',
    streams: {
      layerStats: true,
      confusion: true,
      activations: true,
      boundary: true,
      predictions: true,
      activationIntervalMs: 0,
      probeIndex: 0,
    },
  };
}

/** Every trainer message of the run, until `done`. */
function runMessages(client: HostClient, runId: string): Promise<TrainerMessage[]> {
  return new Promise((resolve) => {
    const seen: TrainerMessage[] = [];
    const off = client.onTrainerMessage((m) => {
      if (!('runId' in m) || m.runId !== runId) return;
      seen.push(m);
      if (m.type === 'done') {
        off();
        resolve(seen);
      }
    });
  });
}

function firstOf(client: HostClient, type: TrainerMessage['type']): Promise<TrainerMessage> {
  return new Promise((resolve) => {
    const off = client.onTrainerMessage((m) => {
      if (m.type !== type) return;
      off();
      resolve(m);
    });
  });
}

/** The processes this one started that are still running (Linux's /proc). */
async function childPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name (which may hold spaces): state, then the parent's pid.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] !== 'Z' && Number(fields[1]) === process.pid) pids.push(Number(entry));
  }
  return pids;
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

let fixture: HostFixture;
beforeAll(async () => {
  fixture = await startTestHost();
});
afterAll(async () => {
  await fixture.dispose();
});

describe('training through the socket', () => {
  it('runs xor in a real trainer and streams every message back, typed arrays included', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const problems: string[] = [];
    client.onProblem((p) => problems.push(p));
    const messages = runMessages(client, 'xor-1');
    expect(await client.request({ type: 'trainer', message: start('xor-1', 3) })).toMatchObject({
      type: 'trainerAccepted',
    });
    const seen = await messages;
    const types = seen.map((m) => m.type);
    expect(types.slice(0, 2)).toEqual(['ready', 'started']);
    expect(types.at(-1)).toBe('done');
    expect(types.filter((t) => t === 'epoch')).toHaveLength(3);
    expect(types).toContain('batch');

    const boundary = seen.find((m) => m.type === 'boundary');
    expect(boundary?.type === 'boundary' && boundary.values).toBeInstanceOf(Float32Array);
    const epoch = seen.find((m) => m.type === 'epoch');
    expect(epoch?.type === 'epoch' && epoch.confusion?.values).toBeInstanceOf(Int32Array);
    const activations = seen.find((m) => m.type === 'activations');
    expect(activations?.type === 'activations' && activations.layers[0]?.data).toBeInstanceOf(
      Uint8Array,
    );
    expect(seen.at(-1)).toMatchObject({ type: 'done', backend: 'cpu', epochs: 3 });

    // The weights the run ended with, asked for by the page.
    const weights = firstOf(client, 'weights');
    await client.request({
      type: 'trainer',
      message: { v, type: 'getWeights', runId: 'xor-1', requestId: 'w1' },
    });
    const answer = await weights;
    expect(
      answer.type === 'weights' && Object.values(answer.weights)[0]![0]!.values,
    ).toBeInstanceOf(Float32Array);
    expect(problems).toEqual([]);
    socket.close();
    await closed(socket);
  });

  it('says what the trainer refuses, through the trainer protocol', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const error = firstOf(client, 'error');
    await client.request({
      type: 'trainer',
      message: { ...start('bad-data', 1), dataset: { id: 'no-such-dataset' } },
    });
    expect(await error).toMatchObject({
      runId: 'bad-data',
      message: expect.stringMatching(/no-such-dataset/),
    });
    socket.close();
  });

  it('refuses a run whose imported data lies outside the folders the page may use', async () => {
    const { client, socket } = await connectClient(fixture.host);
    const refused = client.request({
      type: 'trainer',
      message: {
        ...start('hostile', 1),
        dataset: { id: 'import-csv', options: { path: '/etc/passwd' } },
      },
    });
    await expect(refused).rejects.toMatchObject({ kind: 'notAllowed' });
    await expect(refused).rejects.toThrow(/may not read \/etc\/passwd/);
    socket.close();
  });

  it.runIf(existsSync('/proc'))(
    'stops the run and its trainer when the page goes away',
    async () => {
      const before = await childPids();
      const { client, socket } = await connectClient(fixture.host);
      const started = firstOf(client, 'started');
      await client.request({ type: 'trainer', message: start('long', 10_000) });
      await started;
      const trainers = (await childPids()).filter((pid) => !before.includes(pid));
      expect(trainers).toHaveLength(1);

      socket.close();
      await until(async () => !(await childPids()).includes(trainers[0]!));
    },
  );
});
