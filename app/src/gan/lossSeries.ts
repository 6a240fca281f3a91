/**
 * The GAN loss chart's lines: the discriminator's loss (`loss` of each batch point) and the
 * generator's (its `g_loss` metric), smoothed like the training charts, scaled into a box.
 */
import type { BatchPoint } from '../stores/trainingReducer';
import { smooth } from '../training/charts/chartData';

export interface LossLines {
  /** SVG polyline points, "x,y x,y …", in a `width` × `height` box with y growing down. */
  discriminator: string;
  generator: string;
  /** The highest loss drawn; the box's top stands for it, its bottom for 0. */
  top: number;
  /** The last smoothed values, for the caption. */
  latest: { discriminator: number; generator: number } | null;
}

export function lossLines(
  batches: readonly BatchPoint[],
  width: number,
  height: number,
): LossLines {
  const points = batches.filter(
    (b) => Number.isFinite(b.loss) && Number.isFinite(b.metrics.g_loss ?? NaN),
  );
  if (points.length === 0) return { discriminator: '', generator: '', top: 0, latest: null };
  const d = smooth(points.map((b) => b.loss));
  const g = smooth(points.map((b) => b.metrics.g_loss!));
  const top = Math.max(...d, ...g, 1e-9);
  const first = points[0]!.at;
  const span = Math.max(points.at(-1)!.at - first, 1e-9);
  const line = (ys: readonly number[]) =>
    ys
      .map((y, i) => {
        const x = points.length === 1 ? width : ((points[i]!.at - first) / span) * width;
        return `${x.toFixed(1)},${(height - (y / top) * height).toFixed(1)}`;
      })
      .join(' ');
  return {
    discriminator: line(d),
    generator: line(g),
    top,
    latest: { discriminator: d.at(-1)!, generator: g.at(-1)! },
  };
}
