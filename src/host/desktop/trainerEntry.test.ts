/**
 * The trainer as the built app carries it: `electron/trainer.ts` compiled by the desktop build into
 * out/main/trainer.js, with no TypeScript loader, run under plain Node (a utility process runs it
 * the same way) and driven by the same `TrainerProcess` as every trainer.
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { defaultTraining } from '../../project/training';
import { PROTOCOL_VERSION as v, STREAMS_OFF, type HostMessageOf } from '../../protocol';
import { PACKAGE_ROOT } from '../serveMain';
import { TrainerProcess } from '../trainerProcess';
import { buildDesktop } from './startBuild';

const graph = chain(
  ['Input', { shape: [2] }],
  ['Dense', { units: 8, activation: 'tanh' }],
  ['Dense', { units: 2, activation: 'softmax' }],
  'Output',
);

function start(runId: string, backend: 'cpu' | 'wasm'): HostMessageOf<'start'> {
  return {
    v,
    type: 'start',
    runId,
    graph,
    dataset: { id: 'xor', options: { count: 200 } },
    training: { ...defaultTraining(), epochs: 2, batchSize: 20, learningRate: 0.03 },
    backend,
    streams: STREAMS_OFF,
  };
}

let root: string;
let entry: string;

beforeAll(async () => {
  // The repository's shell and sources, built into a folder of the test's own.
  root = await mkdtemp(join(tmpdir(), 'neurocanvas-trainer-build-'));
  for (const name of ['electron', 'src', 'node_modules'])
    await symlink(join(PACKAGE_ROOT, name), join(root, name));
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  const built = await buildDesktop(root);
  if (!built.ok) throw new Error(built.error);
  entry = join(root, 'out', 'main', 'trainer.js');
  expect(built.entries.map((e) => e.output)).toContain(join('out', 'main', 'trainer.js'));
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the built trainer', () => {
  it.each(['cpu', 'wasm'] as const)(
    'trains a real run on the %s backend under plain Node',
    async (backend) => {
      // Two threads, so that the multi-threaded build and its worker script are used too.
      const env = { ...process.env, NEUROCANVAS_WASM_THREADS: '2' };
      const trainer = new TrainerProcess({ entry, env });
      const ready: string[] = [];
      trainer.onMessage((m) => m.type === 'ready' && ready.push(m.reason));
      const result = await trainer.run(start(`built-${backend}`, backend));
      expect(result.ending).toBe('done');
      expect(result.done?.epochs).toBe(2);
      if (backend === 'wasm') expect(ready).toEqual([expect.stringMatching(/SIMD, 2 threads/)]);
      expect(await trainer.shutdown()).toMatchObject({ crashed: false });
    },
    120_000,
  );
});
