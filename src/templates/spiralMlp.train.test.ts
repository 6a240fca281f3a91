/**
 * The spiral template keeps its promise: trained as the gallery hands it out, with its own dataset
 * and settings, on the wasm backend, it reaches 95% on the spiral's test set.
 */
import { beforeAll, expect, it } from 'vitest';
import { loadDataset } from '../data/node/loadDataset';
import { selectBackend } from '../train/backend/select';
import { train } from '../train/engine/testing/harness';
import { spiralMlp } from './spiralMlp';

beforeAll(async () => {
  await selectBackend({ requested: 'wasm' });
});

it('the spiral MLP template reaches 95% test accuracy with its own settings', async () => {
  const project = spiralMlp.create();
  const run = await train({
    graph: project.graph,
    dataset: await loadDataset(project.dataset!.id, project.dataset!.options ?? {}),
    training: project.training,
  });
  expect(run.outcome).toEqual({ kind: 'done' });
  expect(run.done.epochs).toBe(project.training.epochs);
  expect(run.done.test!.metrics.acc).toBeGreaterThanOrEqual(0.95);
}, 240_000);
