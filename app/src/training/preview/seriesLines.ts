/** The lines of a series example ([steps, features]) as SVG polyline points, one per feature. */
import type { ExamplePage } from './examples';

/** Features drawn per example: more lines than this turn into a tangle at preview size. */
export const MAX_SERIES_FEATURES = 6;

/** Whether a page's inputs are series: [steps, features] with more than one step. */
export function isSeriesShape(shape: readonly number[]): boolean {
  return shape.length === 2 && shape[0]! > 1;
}

/**
 * Polyline points for each feature of example `slot`, within a `width` × `height` box. Each
 * feature is scaled to its own range in the example, so a small feature is not drawn flat beside a
 * large one; a constant feature is a line across the middle. Values that are not finite are left
 * out of the line.
 */
export function seriesLines(
  page: ExamplePage,
  slot: number,
  width: number,
  height: number,
): string[] {
  const [steps, features] = page.inputShape as [number, number];
  const size = steps * features;
  const values = page.features!.subarray(slot * size, (slot + 1) * size);
  const pad = 2;
  const lines: string[] = [];
  for (let f = 0; f < Math.min(features, MAX_SERIES_FEATURES); f++) {
    let low = Infinity;
    let high = -Infinity;
    for (let t = 0; t < steps; t++) {
      const v = values[t * features + f]!;
      if (Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
    }
    const span = high - low;
    const points: string[] = [];
    for (let t = 0; t < steps; t++) {
      const v = values[t * features + f]!;
      if (!Number.isFinite(v)) continue;
      const x = pad + (t / (steps - 1)) * (width - 2 * pad);
      const share = span > 0 ? (v - low) / span : 0.5;
      const y = height - pad - share * (height - 2 * pad);
      points.push(`${round(x)},${round(y)}`);
    }
    lines.push(points.join(' '));
  }
  return lines;
}

const round = (v: number) => Math.round(v * 10) / 10;
