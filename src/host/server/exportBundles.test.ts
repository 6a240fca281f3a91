/** Exporting from the page, through a real host over its WebSocket, into real folders. */
import type { Tensor } from '@tensorflow/tfjs';
import { mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTf } from '../../compiler/tf';
import { loadLayersFolder } from '../../export/tfjs/testing/loadLayersFiles';
import { chain } from '../../graph/testing/build';
import { newProject, type Project } from '../../project';
import { HostRequestError } from '../../protocol/rendererClient';
import { connectClient, startTestHost, type HostFixture } from './testing/hostTesting';

let fixture: HostFixture | null = null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await fixture?.dispose();
  fixture = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const project: Project = {
  ...newProject('Two moons'),
  graph: chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 4, activation: 'relu' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  ),
  dataset: { id: 'xor' },
};

describe('export through the host', () => {
  it('lists every target with what it cannot express', async () => {
    fixture = await startTestHost();
    const { client, socket } = await connectClient(fixture.host);
    const reply = await client.request({ type: 'checkExport', project });
    expect(reply.targets.map((t) => t.target)).toEqual(['tfjs', 'keras', 'pytorch', 'onnx']);
    expect(reply.targets.find((t) => t.target === 'tfjs')).toEqual({
      target: 'tfjs',
      available: true,
      unsupported: [],
    });
    socket.close();
  });

  it('writes a bundle into a new folder of the exports folder, which then loads in tfjs', async () => {
    fixture = await startTestHost();
    const { client, socket } = await connectClient(fixture.host);
    const exportsDir = join(await realpath(fixture.dataDir), 'exports');
    const first = await client.request({
      type: 'exportModel',
      project,
      target: 'tfjs',
      replace: false,
    });
    expect(first.folder).toBe(join(exportsDir, 'Two-moons-tfjs'));
    expect(first.files.map((f) => f.path)).toContain('model.json');
    const second = await client.request({
      type: 'exportModel',
      project,
      target: 'tfjs',
      replace: false,
    });
    expect(second.folder).toBe(join(exportsDir, 'Two-moons-tfjs-2'));

    const tf = await loadTf();
    const model = await loadLayersFolder(tf, first.folder);
    expect((model.predict(tf.zeros([1, 2])) as Tensor).shape).toEqual([1, 2]);
    model.dispose();
    socket.close();
  });

  it('writes into a named folder inside an allowed one, and refuses one outside', async () => {
    const allowed = await mkdtemp(join(tmpdir(), 'neurocanvas-models-'));
    cleanups.push(() => rm(allowed, { recursive: true, force: true }));
    fixture = await startTestHost({ allowedPaths: [allowed] });
    const { client, socket } = await connectClient(fixture.host);

    const inside = join(allowed, 'web', 'bundle');
    const reply = await client.request({
      type: 'exportModel',
      project,
      target: 'keras',
      folder: inside,
      replace: false,
    });
    expect(reply.folder).toBe(join(await realpath(allowed), 'web', 'bundle'));
    expect(await readdir(reply.folder)).toContain('model.py');

    const refused = client.request({
      type: 'exportModel',
      project,
      target: 'tfjs',
      folder: join(fixture.dir, 'elsewhere'),
      replace: false,
    });
    await expect(refused).rejects.toMatchObject({
      kind: 'notAllowed',
      problem: { code: 'notAllowed', values: { folder: join(fixture.dir, 'elsewhere') } },
    });
    await expect(refused).rejects.toBeInstanceOf(HostRequestError);

    const full = client.request({
      type: 'exportModel',
      project,
      target: 'tfjs',
      folder: inside,
      replace: false,
    });
    await expect(full).rejects.toThrow(/already holds files/);
    // The page words the same fault by its code, naming its checkbox rather than --force.
    await expect(full).rejects.toMatchObject({
      problem: { code: 'notEmpty', values: { folder: inside } },
    });
    socket.close();
  });

  it('refuses a model with errors, saying why', async () => {
    fixture = await startTestHost();
    const { client, socket } = await connectClient(fixture.host);
    const broken = { ...project, graph: chain(['Input', { shape: [2] }], 'Dense') };
    await expect(client.request({ type: 'checkExport', project: broken })).rejects.toThrow(
      /cannot be built/,
    );
    socket.close();
  });
});
