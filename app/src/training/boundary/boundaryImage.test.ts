import { describe, expect, it } from 'vitest';
import { BOUNDARY_GRID_SIZE as N } from '../../../../src/protocol';
import { BACKGROUND, boundaryPixels, classColour } from './boundaryImage';

/** A grid whose value at each point comes from its row and column. */
function grid(channels: number, at: (r: number, c: number, k: number) => number) {
  const values = new Float32Array(N * N * channels);
  for (let r = 0; r < N; r++)
    for (let c = 0; c < N; c++)
      for (let k = 0; k < channels; k++) values[(r * N + c) * channels + k] = at(r, c, k);
  return { channels, values };
}

/** The RGB of the pixel at image row `row` (0 at the top) and column `col`. */
const pixel = (pixels: Uint8ClampedArray, row: number, col: number) =>
  Array.from(pixels.subarray((row * N + col) * 4, (row * N + col) * 4 + 3));

describe('boundary pixels', () => {
  it('colours each point by its likeliest class, sure points fully', () => {
    // Class 1 certain on the right half, class 0 on the left.
    const right = (c: number) => c >= N / 2;
    const pixels = boundaryPixels(
      grid(2, (_, c, k) => (right(c) === (k === 1) ? 1 : 0)),
      'classification',
    );
    const [r0, g0, b0] = pixel(pixels, 10, 0);
    const [r1, , b1] = pixel(pixels, 10, N - 1);
    expect(b1!).toBeGreaterThan(r1!);
    expect(r0!).toBeGreaterThan(b0!);
    expect(g0).toBeLessThan(BACKGROUND[1]);
    expect(pixels[3]).toBe(255);
  });

  it('leaves unsure points at the background colour', () => {
    const pixels = boundaryPixels(
      grid(2, () => 0.5),
      'classification',
    );
    expect(pixel(pixels, 0, 0)).toEqual([...BACKGROUND]);
  });

  it('reads one sigmoid output as the probability of the second class', () => {
    const pixels = boundaryPixels(
      grid(1, () => 1),
      'classification',
    );
    const [r, g, b] = pixel(pixels, 5, 5);
    const blue = classColour(1);
    expect([r, g, b].every((v, i) => Math.abs(v! - blue[i]!) < 60)).toBe(true);
  });

  it('puts grid row 0, the lowest y, at the bottom of the image', () => {
    // Class 1 only in grid row 0.
    const pixels = boundaryPixels(
      grid(2, (r, _, k) => ((r === 0) === (k === 1) ? 1 : 0)),
      'classification',
    );
    const bottom = pixel(pixels, N - 1, 3);
    const top = pixel(pixels, 0, 3);
    expect(bottom[2]!).toBeGreaterThan(bottom[0]!);
    expect(top[0]!).toBeGreaterThan(top[2]!);
  });

  it('shades a regression from its lowest value to its highest', () => {
    const pixels = boundaryPixels(
      grid(1, (_, c) => c),
      'regression',
    );
    const low = pixel(pixels, 0, 0);
    const middle = pixel(pixels, 0, 32);
    const high = pixel(pixels, 0, N - 1);
    expect(low[0]!).toBeGreaterThan(low[2]!);
    expect(high[2]!).toBeGreaterThan(high[0]!);
    expect(middle.every((v, i) => Math.abs(v! - BACKGROUND[i]!) < 12)).toBe(true);
  });
});
