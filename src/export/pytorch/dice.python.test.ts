/**
 * The Dice loss in the PyTorch bundle's train.py: on the same weights and test masks it gives the
 * number NeuroCanvas gives, and one epoch of training in real PyTorch lowers it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tensor } from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGraph, getNodeWeights } from '../../compiler/compile';
import { loadTf } from '../../compiler/tf';
import { loadDataset } from '../../data/registry';
import { diceLoss } from '../../train/engine/objective';
import { missingPython, runPython } from '../../numpy/testing/python';
import { defaultTraining } from '../../project/training';
import { dataNpz } from '../bundle/bundleFiles';
import { buildExportModel } from '../bundle/buildExportModel';
import { pytorchExporter } from './pytorchExporter';
import { graphOf } from './testing/cases';

const missing = missingPython(['torch', 'numpy']);

describe.skipIf(missing !== null)(
  `the Dice loss in PyTorch${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'pytorch-dice-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('matches NeuroCanvas on the same weights, and falls after an epoch', async () => {
      const graph = graphOf([
        ['Input', { shape: [32, 32, 1] }],
        ['Conv2D', { filters: 4, kernelSize: [3, 3], padding: 'same', activation: 'relu' }],
        ['Conv2D', { filters: 1, kernelSize: [3, 3], padding: 'same', activation: 'sigmoid' }],
        ['Output', { loss: 'dice', metrics: ['iou'] }],
      ]);
      const training = {
        ...defaultTraining(),
        learningRate: 0.01,
        batchSize: 16,
        epochs: 1,
        validationSource: 'test' as const,
      };
      const data = await loadDataset('shapes-masks', { count: 300 });
      const { model, topology } = await compileGraph(graph, { seed: training.seed });
      const weights = getNodeWeights(model, topology);
      for (const file of pytorchExporter.write(
        await buildExportModel({ graph, weights, training }),
      ))
        writeFileSync(join(folder, file.path), file.data);
      writeFileSync(join(folder, 'data.npz'), dataNpz(data));

      const tf = await loadTf();
      const ours = tf.tidy(() => {
        const x = tf.tensor(data.test.x, [data.test.count, 32, 32, 1]);
        const y = tf.tensor(data.test.y, [data.test.count, 32, 32, 1]);
        return tf.mean(diceLoss(tf, y, model.predict(x) as Tensor)).dataSync()[0]!;
      });
      model.dispose();

      const run = runPython(['train.py'], { cwd: folder, timeoutMs: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const before = Number(/before training: val_loss (\S+)/.exec(run.stdout)?.[1]);
      const after = Number(/epoch 1\/1: .*val_loss (\S+),/.exec(run.stdout)?.[1]);
      expect(before).toBeCloseTo(ours, 3);
      expect(after).toBeLessThan(before);
    }, 180_000);
  },
);
