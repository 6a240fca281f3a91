/**
 * What a GAN's generator makes, now and then during a run, for the UI to show:
 *
 * - `images`: a grid of generated samples for image data, `count` images of `shape` [H, W, C],
 *   row-major one after another, quantised: value ≈ min + data[i] / 255 · (max − min);
 * - `points`: for two-feature data, generated points (x, y pairs) and as many real ones, for the
 *   overlay of the two distributions;
 * - `check`: the mode-collapse measures for these samples (see `src/gan/collapse.ts`).
 *
 * Losses travel in the ordinary `batch` and `epoch` messages: `loss` is the discriminator's, and
 * the metrics `g_loss` (the generator's loss), `d_real` and `d_fake` (the discriminator's mean
 * output on real and on generated samples).
 */
import * as z from 'zod';
import {
  finiteNumber,
  flag,
  float32Array,
  lengthProblem,
  nonNegativeFinite,
  fraction,
  shape,
  uint8Array,
  wholeNumber,
} from './fields';

/** Images in one grid of generated samples. */
export const MAX_GAN_IMAGES = 64;
/** Values in one generated image: a 256 × 256 × 4 picture. */
export const MAX_GAN_IMAGE_VALUES = 256 * 256 * 4;
/** Points (of each kind) in one overlay. */
export const MAX_GAN_POINTS = 2_048;

const images = z
  .strictObject({
    count: wholeNumber(1, MAX_GAN_IMAGES),
    shape: shape(3, 1).min(3),
    data: uint8Array,
    min: finiteNumber,
    max: finiteNumber,
  })
  .superRefine((g, ctx) => {
    const perImage = g.shape.reduce((p, d) => p * d, 1);
    if (perImage > MAX_GAN_IMAGE_VALUES) {
      ctx.addIssue({
        code: 'custom',
        path: ['shape'],
        message: `describes images of ${perImage} values; at most ${MAX_GAN_IMAGE_VALUES} are shown`,
      });
      return;
    }
    const mismatch = lengthProblem(g.data.length, [g.count, ...g.shape]);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['data'], message: mismatch });
    if (g.min > g.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: `is below min (${g.min})` });
  });

const pointSet = float32Array.superRefine((p, ctx) => {
  if (p.length % 2 !== 0)
    ctx.addIssue({
      code: 'custom',
      message: `holds ${p.length} values; x, y pairs need an even number`,
    });
  else if (p.length / 2 > MAX_GAN_POINTS)
    ctx.addIssue({
      code: 'custom',
      message: `holds ${p.length / 2} points; an overlay may hold at most ${MAX_GAN_POINTS}`,
    });
});

const points = z.strictObject({ made: pointSet, real: pointSet });

const check = z.strictObject({
  collapsed: flag,
  spreadRatio: nonNegativeFinite,
  coverage: fraction,
});

export const ganSamplesFields = {
  epoch: wholeNumber(1),
  batch: wholeNumber(1),
  images: images.optional(),
  points: points.optional(),
  check,
};
