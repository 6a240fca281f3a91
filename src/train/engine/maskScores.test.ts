/**
 * The Dice loss and the IoU metric on masks small enough to count by hand: two examples of 2 × 2
 * pixels, one channel.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { buildObjective, diceLoss, maskIoU } from './objective';

const masks = (values: number[][]) => tf.tensor4d(values.flat(), [values.length, 2, 2, 1]);

describe.each([
  {
    name: 'a perfect prediction',
    truth: [1, 1, 0, 0],
    predicted: [1, 1, 0, 0],
    // 1 − (2·2 + 1) / (2 + 2 + 1)
    dice: 0,
    iou: 1,
  },
  {
    name: 'half the shape found',
    truth: [1, 1, 0, 0],
    predicted: [1, 0, 0, 0],
    dice: 1 - 3 / 4,
    iou: 1 / 2,
  },
  {
    name: 'one pixel too many',
    truth: [1, 0, 0, 0],
    predicted: [1, 1, 0, 0],
    dice: 1 - 3 / 4,
    iou: 1 / 2,
  },
  {
    name: 'no overlap at all',
    truth: [1, 0, 0, 0],
    predicted: [0, 1, 0, 0],
    dice: 1 - 1 / 3,
    iou: 0,
  },
  {
    name: 'soft values: Dice reads them, IoU thresholds them at 0.5',
    truth: [1, 1, 0, 0],
    predicted: [0.5, 0.4, 0.2, 0],
    // overlap 0.9, total 2 + 1.1
    dice: 1 - 2.8 / 4.1,
    iou: 1 / 2,
  },
  {
    name: 'two empty masks',
    truth: [0, 0, 0, 0],
    predicted: [0, 0, 0, 0],
    dice: 0,
    iou: 1,
  },
])('$name', ({ truth, predicted, dice, iou }) => {
  it('scores its Dice loss and its IoU', () => {
    const y = masks([truth]);
    const p = masks([predicted]);
    expect(diceLoss(tf, y, p).dataSync()[0]).toBeCloseTo(dice, 6);
    expect(maskIoU(tf, y, p).dataSync()[0]).toBeCloseTo(iou, 6);
  });
});

describe('the objective', () => {
  it('averages the per-example Dice loss and IoU over the batch', () => {
    const objective = buildObjective(tf, 'dice', ['iou', 'mae'], false, 4);
    const y = masks([
      [1, 1, 0, 0],
      [1, 0, 0, 0],
    ]);
    const p = masks([
      [1, 1, 0, 0],
      [0, 1, 0, 0],
    ]);
    expect(objective.loss(y, p).dataSync()[0]).toBeCloseTo((0 + (1 - 1 / 3)) / 2, 6);
    expect(objective.metrics.map((m) => m.key)).toEqual(['iou', 'mae']);
    expect(objective.metrics[0]!.mean(y, p).dataSync()[0]).toBeCloseTo(0.5, 6);
    expect(objective.predictedClasses).toBeNull();
  });

  it('lets the Dice loss be differentiated, so it can be trained', () => {
    const y = masks([[1, 1, 0, 0]]);
    const grad = tf.grad((p: tf.Tensor) => diceLoss(tf, y, p).mean() as tf.Scalar);
    const g = grad(masks([[0.5, 0.5, 0.5, 0.5]])).dataSync();
    // Raising a pixel of the shape lowers the loss; raising a background pixel raises it.
    expect(g[0]).toBeLessThan(0);
    expect(g[3]).toBeGreaterThan(0);
  });
});
