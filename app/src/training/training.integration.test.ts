/**
 * A real run through the page's own code: a real host with a real trainer process, reached by the
 * page's connection code (`startHostSession`), driven by the controller the training panel uses,
 * with the same stores. Then the project, trained weights and all, goes through the host's files.
 * Node 20 has no WebSocket of its own, so the `ws` package's stands in for the browser's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { chain } from '../../../src/graph/testing/build';
import { newProject, type Project } from '../../../src/project';
// eslint-disable-next-line no-restricted-imports -- the test starts a real host for the page to talk to
import { startTestHost, type HostFixture } from '../../../src/host/server/testing/hostTesting';
import { hostSocketUrl, type OpenSocket } from '../host/connectHost';
import { hostProjectFiles } from '../host/hostProjectFiles';
import { createHostStore } from '../host/hostStore';
import { CONNECTION_LOST, startHostSession } from '../host/hostSession';
import { createDocumentStore } from '../stores/documentStore';
import type { RunState } from '../stores/trainingReducer';
import { createTrainingStore, type TrainingStore } from '../stores/trainingStore';
import { createUiStore } from '../stores/uiStore';
import { createProbeStore } from '../stores/trainingProbe';
import { TrainingController } from './trainingController';

const open: OpenSocket = (url) => new WebSocket(url);

function xorProject(): Project {
  const project = newProject('XOR');
  return {
    ...project,
    graph: chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 8, activation: 'tanh' }],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    ),
    dataset: { id: 'xor', options: { count: 200 } },
    training: { ...project.training, epochs: 6, batchSize: 20, learningRate: 0.03 },
  };
}

/** Resolves with the run's state once it has ended. */
function ended(training: TrainingStore): Promise<RunState> {
  return new Promise((resolve) => {
    const check = (state: RunState) => {
      if (
        state.runId === null ||
        ['starting', 'running', 'paused', 'stopping'].includes(state.status)
      )
        return false;
      resolve(state);
      return true;
    };
    if (check(training.getState())) return;
    const off = training.subscribe((state) => check(state) && off());
  });
}

let fixture: HostFixture;
const stores = {
  doc: createDocumentStore(xorProject()),
  training: createTrainingStore(),
  host: createHostStore(),
  ui: createUiStore(),
  probe: createProbeStore(),
};
const controller = new TrainingController(stores);

beforeAll(async () => {
  fixture = await startTestHost();
  await startHostSession(
    hostSocketUrl(new URL(fixture.host.url)),
    { open },
    { host: stores.host, training: stores.training, controller },
  );
});
afterAll(async () => {
  await fixture.dispose();
});

describe('training from the page, against a real host', () => {
  it('connects with the page’s token', () => {
    expect(stores.host.getState().status).toBe('connected');
  });

  it('trains xor: epochs arrive, the loss falls, and the weights stay with the project', async () => {
    expect(controller.start()).toBe(true);
    expect(stores.training.getState().status).toBe('starting');
    const run = await ended(stores.training);

    expect(run.status).toBe('done');
    expect(run.errors).toEqual([]);
    expect(run.backend?.reason).toBeTruthy();
    expect(run.plan).toMatchObject({ epochs: 6, batchesPerEpoch: expect.any(Number) });
    expect(run.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    const losses = run.epochs.map((e) => e.values.loss!);
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    expect(run.batches.length).toBeGreaterThan(0);
    expect(run.boundary?.values).toBeInstanceOf(Float32Array);
    expect(run.result).toMatchObject({ type: 'done', epochs: 6 });

    const weights = stores.doc.getState().project.weights;
    expect(weights).toBe(run.weights);
    expect(Object.keys(weights!).sort()).toEqual(['n2', 'n3']);
  });

  it('trains further from the kept weights', async () => {
    const first = stores.training.getState().epochs;
    controller.start();
    const second = await ended(stores.training);
    expect(second.status).toBe('done');
    // It starts where the first run ended, far below where the first began.
    expect(second.epochs[0]!.values.loss!).toBeLessThan(first[0]!.values.loss!);
  });

  it('pauses, steps, resumes and stops a run', async () => {
    const { doc, training } = stores;
    doc.getState().update({ training: { ...doc.getState().project.training, epochs: 10_000 } });
    controller.start();
    await until(training, (s) => s.status === 'running');
    controller.pause();
    await until(training, (s) => s.status === 'paused');
    const before = training.getState().progress!;
    controller.step();
    await until(training, (s) => s.progress !== before);
    controller.resume();
    await until(training, (s) => s.status === 'running');
    controller.stop();
    const run = await ended(training);
    expect(run.status).toBe('done');
    expect(run.stop).toEqual({ reason: 'user' });
  });

  it('saves the project with its weights to the host, and opens it again the same', async () => {
    const client = stores.host.getState().client!;
    const project = stores.doc.getState().project;
    let choice: string | null = null;
    const files = hostProjectFiles(client, async () =>
      choice ? { kind: 'path', path: choice } : null,
    );
    await files.save('XOR.ncproj', '', project);
    const listed = await client.request({ type: 'listProjects' });
    const saved = listed.projects.find((p) => p.name === 'XOR');
    expect(saved).toBeDefined();

    choice = saved!.path;
    const opened = await files.open();
    expect(opened && 'project' in opened && opened.project).toEqual(project);
    const recent = await client.request({ type: 'listRecent' });
    expect(recent.entries.map((e) => e.path)).toContain(saved!.path);
  });

  it('says so when the connection ends', async () => {
    await fixture.host.close();
    await until(stores.host, (s) => s.status === 'lost');
    expect(stores.host.getState().reason).toBe(CONNECTION_LOST);
  });
});

/** Resolves once `store`'s state satisfies `condition`. */
function until<S>(
  store: { getState(): S; subscribe(listener: (state: S) => void): () => void },
  condition: (state: S) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    if (condition(store.getState())) return resolve();
    const off = store.subscribe((state) => {
      if (!condition(state)) return;
      off();
      resolve();
    });
  });
}
