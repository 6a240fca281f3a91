/**
 * Measures of how generated samples compare with real ones, on rows of a flat array (`size`
 * values per sample). Pure and framework-free: the trainer computes them for its warnings, the
 * lessons for their stated results, and the tests on hand-made point sets.
 */

/** Rows `[count, size]` of a flat array. */
export interface Rows {
  values: Float32Array;
  size: number;
}

export const rowCount = (r: Rows) => Math.floor(r.values.length / r.size);

/** The root of the mean squared distance of the rows from their centre: how spread out they are. */
export function spread(r: Rows): number {
  const n = rowCount(r);
  if (n === 0) return 0;
  const centre = new Float64Array(r.size);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < r.size; j++) centre[j]! += r.values[i * r.size + j]! / n;
  let sum = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < r.size; j++) sum += (r.values[i * r.size + j]! - centre[j]!) ** 2;
  return Math.sqrt(sum / n);
}

function squaredDistance(a: Rows, i: number, b: Rows, k: number): number {
  let d = 0;
  for (let j = 0; j < a.size; j++)
    d += (a.values[i * a.size + j]! - b.values[k * b.size + j]!) ** 2;
  return d;
}

/** For each row of `from`, the distance to its nearest row of `to`. */
export function nearestDistances(from: Rows, to: Rows): Float64Array {
  const n = rowCount(from);
  const m = rowCount(to);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    for (let k = 0; k < m; k++) best = Math.min(best, squaredDistance(from, i, to, k));
    out[i] = Math.sqrt(best);
  }
  return out;
}

const mean = (xs: Float64Array) =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * The symmetric mean nearest-neighbour (Chamfer) distance: how far, on average, a generated sample
 * lies from the nearest real one and a real one from the nearest generated one. 0 when the two
 * sets coincide; it grows when samples stray and when part of the real data is left uncovered.
 */
export function chamferDistance(real: Rows, made: Rows): number {
  return (mean(nearestDistances(made, real)) + mean(nearestDistances(real, made))) / 2;
}

/**
 * The share of real samples that have a generated sample nearby, "nearby" meaning within
 * `radius`. A generator that covers every mode of the data scores near 1; one stuck on one of two
 * equal modes scores about 0.5.
 */
export function coverage(real: Rows, made: Rows, radius: number): number {
  const d = nearestDistances(real, made);
  if (d.length === 0) return 1;
  return d.filter((x) => x <= radius).length / d.length;
}

/** The median distance from a real sample to its nearest other real sample. */
export function typicalGap(real: Rows): number {
  const n = rowCount(real);
  const gaps: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    for (let k = 0; k < n; k++)
      if (k !== i) best = Math.min(best, squaredDistance(real, i, real, k));
    if (best < Infinity) gaps.push(Math.sqrt(best));
  }
  gaps.sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)]!;
}
