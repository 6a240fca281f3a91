/**
 * Activation maps made small enough to send many times a second: averaged down to at most
 * `MAX_MAP_VALUES` values, then quantised to one byte each with their range,
 *
 *   data[i] = round(255 · (v_i − min) / (max − min)),   so   v_i ≈ min + data[i] / 255 · (max − min).
 */

/** At most this many values per map: a 128 × 128 image, or 16 channels of 32 × 32. */
export const MAX_MAP_VALUES = 16_384;

export interface Downsampled {
  shape: number[];
  values: Float32Array;
}

/**
 * Image-like maps [H, W, C] are average-pooled over f × f windows, with the smallest f that fits
 * (the last window of a row or column may be narrower). Anything else, or an image whose channels
 * alone are too many, is cut into equal runs that are averaged, keeping the flat order.
 */
export function downsample(
  shape: readonly number[],
  values: Float32Array,
  maxValues = MAX_MAP_VALUES,
): Downsampled {
  if (values.length <= maxValues) return { shape: [...shape], values };
  if (shape.length === 3) {
    const [h, w, c] = shape as [number, number, number];
    if (c <= maxValues) {
      let f = 2;
      while (Math.ceil(h / f) * Math.ceil(w / f) * c > maxValues) f++;
      return poolImage(h, w, c, f, values);
    }
  }
  return averageRuns(values, maxValues);
}

function poolImage(h: number, w: number, c: number, f: number, values: Float32Array): Downsampled {
  const oh = Math.ceil(h / f);
  const ow = Math.ceil(w / f);
  const out = new Float32Array(oh * ow * c);
  for (let oy = 0; oy < oh; oy++) {
    const y1 = Math.min(h, (oy + 1) * f);
    for (let ox = 0; ox < ow; ox++) {
      const x1 = Math.min(w, (ox + 1) * f);
      const count = (y1 - oy * f) * (x1 - ox * f);
      const at = (oy * ow + ox) * c;
      for (let y = oy * f; y < y1; y++)
        for (let x = ox * f; x < x1; x++) {
          const from = (y * w + x) * c;
          for (let k = 0; k < c; k++) out[at + k]! += values[from + k]!;
        }
      for (let k = 0; k < c; k++) out[at + k]! /= count;
    }
  }
  return { shape: [oh, ow, c], values: out };
}

function averageRuns(values: Float32Array, maxValues: number): Downsampled {
  const run = Math.ceil(values.length / maxValues);
  const n = Math.ceil(values.length / run);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const end = Math.min(values.length, (i + 1) * run);
    let sum = 0;
    for (let j = i * run; j < end; j++) sum += values[j]!;
    out[i] = sum / (end - i * run);
  }
  return { shape: [n], values: out };
}

export interface Quantised {
  data: Uint8Array;
  min: number;
  max: number;
}

/**
 * One byte per value over the finite range of the values. Values that are not finite (a diverging
 * run) show as the end they point to: −∞ and NaN as min, +∞ as max.
 */
export function quantise(values: Float32Array): Quantised {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { data: new Uint8Array(values.length), min: 0, max: 0 };
  const scale = max > min ? 255 / (max - min) : 0;
  const data = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    data[i] = v === Infinity ? 255 : Number.isFinite(v) ? Math.round((v - min) * scale) : 0;
  }
  return { data, min, max };
}
