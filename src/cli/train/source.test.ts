/** What `neurocanvas train` takes from a project whose dataset has its input as the target. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digitsAutoencoder } from '../../lessons/autoencoder';
import { serializeProject, type Project } from '../../project';
import { openTrainSource } from './source';

const folder = mkdtempSync(join(tmpdir(), 'train-source-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function projectFile(name: string, change: (p: Project) => Project = (p) => p): string {
  const path = join(folder, `${name}.ncproj`);
  writeFileSync(path, serializeProject(change(digitsAutoencoder.template.create())));
  return path;
}

describe('a project trained on the MNIST sample with target: input', () => {
  it('keeps the target in the dataset it trains on', async () => {
    const source = await openTrainSource(projectFile('autoencoder'), { training: {} });
    expect(source.dataset).toEqual({ id: 'mnist-sample', options: { target: 'input' } });
  });

  it('fills in the default target when the project names none', async () => {
    const path = projectFile('classes', (p) => ({ ...p, dataset: { id: 'mnist-sample' } }));
    const source = await openTrainSource(path, { training: {} });
    expect(source.dataset).toEqual({ id: 'mnist-sample', options: { target: 'labels' } });
  });

  it('refuses a target the dataset does not offer, naming the values it does', async () => {
    const path = projectFile('bad', (p) => ({
      ...p,
      dataset: { id: 'mnist-sample', options: { target: 'pixels' } },
    }));
    await expect(openTrainSource(path, { training: {} })).rejects.toThrow(
      `The option 'target' of the dataset 'mnist-sample' must be one of "labels", "input", but is "pixels".`,
    );
  });
});
