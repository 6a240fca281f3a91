/**
 * The decision boundary as pixels: the model's outputs on the 64 × 64 grid of a `boundary`
 * message, one pixel per grid point. Classification colours each point by its most likely class,
 * paler where the model is unsure; regression shades from low (orange) to high (blue). Grid row 0
 * is the lowest y, so rows are flipped: images run top to bottom.
 */
import { BOUNDARY_GRID_SIZE, type TrainerMessageOf } from '../../../../src/protocol';
import type { DatasetTask } from '../../../../src/data/types';

export type Rgb = readonly [number, number, number];

/** Distinct class colours; the first two are those of TensorFlow Playground's two classes. */
export const CLASS_COLOURS: readonly Rgb[] = [
  [232, 131, 58],
  [47, 111, 222],
  [46, 157, 79],
  [196, 61, 138],
  [142, 91, 217],
  [176, 138, 0],
  [0, 131, 143],
  [109, 109, 109],
  [217, 79, 79],
  [74, 111, 165],
];
export const BACKGROUND: Rgb = [248, 249, 251];
/** How far a fully sure point moves from the background to its class colour. */
const STRENGTH = 0.75;

export const classColour = (c: number): Rgb => CLASS_COLOURS[c % CLASS_COLOURS.length]!;

export function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const k = Math.min(1, Math.max(0, t));
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * k)) as unknown as Rgb;
}

/** A value in [0, 1] of a regression's range: orange at 0, background at ½, blue at 1. */
export function rampColour(t: number): Rgb {
  return t < 0.5
    ? mix(BACKGROUND, classColour(0), (0.5 - t) * 2 * STRENGTH)
    : mix(BACKGROUND, classColour(1), (t - 0.5) * 2 * STRENGTH);
}

/** The colour of one grid point from its output values. */
function pointColour(values: Float32Array, at: number, channels: number): Rgb {
  if (channels === 1) {
    // One sigmoid output: the probability of the second class.
    const p = values[at]!;
    return mix(BACKGROUND, classColour(p >= 0.5 ? 1 : 0), Math.abs(p - 0.5) * 2 * STRENGTH);
  }
  let best = 0;
  for (let k = 1; k < channels; k++) if (values[at + k]! > values[at + best]!) best = k;
  // Sureness from the chance level 1/k (unsure) to 1 (certain).
  const chance = 1 / channels;
  const sure = (values[at + best]! - chance) / (1 - chance);
  return mix(BACKGROUND, classColour(best), sure * STRENGTH);
}

/** The boundary as RGBA pixels, `BOUNDARY_GRID_SIZE` square. */
export function boundaryPixels(
  boundary: Pick<TrainerMessageOf<'boundary'>, 'channels' | 'values'>,
  task: DatasetTask,
): Uint8ClampedArray<ArrayBuffer> {
  const n = BOUNDARY_GRID_SIZE;
  const { channels, values } = boundary;
  const pixels = new Uint8ClampedArray(n * n * 4);
  let low = Infinity;
  let high = -Infinity;
  if (task === 'regression') {
    for (let i = 0; i < n * n; i++) {
      const v = values[i * channels]!;
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  }
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const at = (r * n + c) * channels;
      const colour =
        task === 'regression'
          ? rampColour(high > low ? (values[at]! - low) / (high - low) : 0.5)
          : pointColour(values, at, channels);
      const out = ((n - 1 - r) * n + c) * 4;
      pixels[out] = colour[0];
      pixels[out + 1] = colour[1];
      pixels[out + 2] = colour[2];
      pixels[out + 3] = 255;
    }
  }
  return pixels;
}
