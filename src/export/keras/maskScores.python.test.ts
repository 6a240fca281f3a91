/**
 * The Dice loss and IoU metric that train.py of a Keras bundle defines. Keras is not installed
 * here, so the two functions run on NumPy arrays with the few `keras.ops` they call (sum, cast,
 * where, maximum) supplied by NumPy, and must give NeuroCanvas' numbers on the same masks.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chain } from '../../graph/testing/build';
import { missingPython, runPython } from '../../numpy/testing/python';
import { diceLoss, maskIoU } from '../../train/engine/objective';
import { exportModelOf } from '../bundle/testing/exportModels';
import { trainPy } from './trainPy';

const missing = missingPython(['numpy']);

/** The text of the top-level Python function `name` in `source`. */
function pythonFunction(source: string, name: string): string {
  const start = source.indexOf(`def ${name}(`);
  return source.slice(start, source.indexOf('\n\n\n', start));
}

describe.skipIf(missing !== null)(
  `Dice and IoU in train.py${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('are the loss and metric train.py compiles with, and score masks as NeuroCanvas does', async () => {
      const model = await exportModelOf(
        chain(
          ['Input', { shape: [4, 4, 1] }],
          ['Conv2D', { filters: 1, kernelSize: [3, 3], padding: 'same', activation: 'sigmoid' }],
          ['Output', { loss: 'dice', metrics: ['iou', 'mae'] }],
        ),
      );
      const source = trainPy(model);
      expect(source).toContain('LOSS = dice_loss\n');
      expect(source).toContain('METRICS = [iou, "mae"]\n');

      const truth = [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
      const predicted = [0.9, 0.4, 0.6, 0.1, 0.7, 0.2, 0.1, 0, 0, 0, 0, 0, 0.3, 0, 0, 0.8];
      const empty = new Array<number>(16).fill(0);
      const y = tf.tensor4d([...truth, ...empty], [2, 4, 4, 1]);
      const p = tf.tensor4d([...predicted, ...empty], [2, 4, 4, 1]);
      const expected = {
        dice: Array.from(diceLoss(tf, y, p).dataSync()),
        iou: Array.from(maskIoU(tf, y, p).dataSync()),
      };

      const script = `
import json, types
import numpy as np
ops = types.SimpleNamespace(
    sum=lambda x, axis: np.sum(x, axis=axis),
    cast=lambda x, dtype: x.astype(dtype),
    where=np.where,
    maximum=np.maximum,
)
keras = types.SimpleNamespace(ops=ops)
${pythonFunction(source, 'dice_loss')}
${pythonFunction(source, 'iou')}
y = np.array(${JSON.stringify([...truth, ...empty])}, dtype="float32").reshape(2, 4, 4, 1)
p = np.array(${JSON.stringify([...predicted, ...empty])}, dtype="float32").reshape(2, 4, 4, 1)
print(json.dumps({"dice": dice_loss(y, p).tolist(), "iou": iou(y, p).tolist()}))
`;
      const run = runPython(['-c', script]);
      expect(run.status, run.stderr).toBe(0);
      const got = JSON.parse(run.stdout) as { dice: number[]; iou: number[] };
      got.dice.forEach((v, i) => expect(v).toBeCloseTo(expected.dice[i]!, 5));
      got.iou.forEach((v, i) => expect(v).toBeCloseTo(expected.iou[i]!, 5));
      expect(got.iou[1]).toBe(1);
    });
  },
);
