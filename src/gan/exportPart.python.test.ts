/**
 * A trained GAN's generator, exported alone to PyTorch and run in real PyTorch: for the same noise
 * it must give what tfjs gives, within 1e-4 (the bundle's own verify.py compares). The
 * discriminator exports the same way, as an ordinary model of the dataset's examples, and both
 * parts together as one model with two inputs and two outputs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ganPartOf } from './exportPart';
import { gan2d } from '../lessons/gan';
import { writeNpz } from '../numpy/npz';
import { missingPython, runPython } from '../numpy/testing/python';
import type { NpyArray } from '../numpy/types';
import { selectBackend } from '../train/backend/select';
import { dataset } from '../train/engine/testing/datasets';
import { train } from '../train/engine/testing/harness';
import { pytorchExporter } from '../export/pytorch/pytorchExporter';
import { buildExportModel, exportSourceOf } from '../export/bundle/buildExportModel';
import type { ExportModel } from '../export/bundle/types';

const missing = missingPython(['torch', 'numpy']);

function writeBundle(folder: string, model: ExportModel): void {
  mkdirSync(folder, { recursive: true });
  for (const file of pytorchExporter.write(model))
    writeFileSync(join(folder, file.path), file.data);
  const arrays = new Map<string, NpyArray>();
  model.samples.inputs.forEach((t, i) =>
    arrays.set(`input_${i}`, { dtype: 'float32', shape: t.shape, data: t.values }),
  );
  model.samples.outputs.forEach((t, i) =>
    arrays.set(`output_${i}`, { dtype: 'float32', shape: t.shape, data: t.values }),
  );
  writeFileSync(join(folder, 'samples.npz'), writeNpz(arrays));
}

describe.skipIf(missing !== null)(
  `a GAN exported to PyTorch${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const root = mkdtempSync(join(tmpdir(), 'gan-export-'));
    const models = new Map<string, ExportModel>();
    let printed = '';
    let status: number | null = null;
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    beforeAll(async () => {
      await selectBackend({ requested: 'wasm' });
      const project = gan2d.template.create();
      const data = await dataset('gauss', { noise: 0, count: 300 });
      const run = await train({
        graph: project.graph,
        dataset: data,
        training: { ...project.training, epochs: 5 },
      });
      const trained = { ...project, weights: run.of('weights')[0]!.weights };
      const whole = exportSourceOf(trained);
      for (const role of ['generator', 'discriminator', 'both'] as const) {
        const source = ganPartOf(whole, role, [2])!;
        const model = await buildExportModel(source, { loadedDataset: data });
        models.set(role, model);
        writeBundle(join(root, role), model);
      }
      const result = runPython(
        [
          join(import.meta.dirname, '..', 'export', 'pytorch', 'testing', 'verifyBundles.py'),
          join(root, 'generator'),
          join(root, 'discriminator'),
          join(root, 'both'),
        ],
        { timeoutMs: 300_000 },
      );
      if (result.status !== 0) throw new Error(`verifyBundles.py failed:\n${result.stderr}`);
      const results = JSON.parse(result.stdout) as {
        folder: string;
        status: number;
        printed: string;
      }[];
      printed = results.map((r) => r.printed).join('\n');
      status = Math.max(...results.map((r) => r.status));
    }, 300_000);

    it('exports the generator alone: noise in, points out, with its trained weights', () => {
      const generator = models.get('generator')!;
      expect(generator.samples.inputs.map((t) => t.shape)).toEqual([[4, 4]]);
      expect(generator.samples.outputs.map((t) => t.shape)).toEqual([[4, 2]]);
      expect(pytorchExporter.unsupported(generator)).toEqual([]);
    });

    it('exports both parts side by side as one model: noise and a sample in, both answers out', () => {
      const both = models.get('both')!;
      expect(both.samples.inputs.map((t) => t.shape)).toEqual([
        [4, 4],
        [4, 2],
      ]);
      expect(both.samples.outputs.map((t) => t.shape)).toEqual([
        [4, 2],
        [4, 1],
      ]);
    });

    it('gives in PyTorch what tfjs gives for the same noise, for each export', () => {
      expect(status, printed).toBe(0);
      const differences = [...printed.matchAll(/max abs difference (\S+)/g)].map((m) =>
        Number(m[1]),
      );
      expect(differences.length).toBeGreaterThanOrEqual(3);
      for (const d of differences) expect(d).toBeLessThanOrEqual(1e-4);
    });
  },
);
