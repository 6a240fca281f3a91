import { describe, expect, it } from 'vitest';
import {
  COLOURS,
  gridLayout,
  gridPixels,
  mapTiles,
  valueOf,
  type ActivationMap,
} from './activationTiles';

/** A map whose byte i is i (mod 256), so every position is recognisable. */
function counting(shape: number[], kind: ActivationMap['kind'] = 'output'): ActivationMap {
  const size = shape.reduce((p, d) => p * d, 1);
  const data = Uint8Array.from({ length: size }, (_, i) => i % 256);
  return { name: 'x', kind, shape, data, min: -1, max: 1 };
}

const tileFacts = (map: ActivationMap) =>
  mapTiles(map).map((t) => ({ width: t.width, height: t.height }));

describe('reading activation maps as tiles', () => {
  it.each([
    { shape: [4, 5, 3], tiles: 3, width: 5, height: 4, why: 'one tile per channel' },
    { shape: [4, 5], tiles: 1, width: 5, height: 4, why: 'a matrix is one tile' },
    { shape: [10], tiles: 1, width: 10, height: 1, why: 'a vector is a strip' },
    { shape: [2, 2, 2, 2], tiles: 1, width: 16, height: 1, why: 'higher ranks read flat' },
  ])('$shape: $why', ({ shape, tiles, width, height }) => {
    const facts = tileFacts(counting(shape));
    expect(facts).toHaveLength(tiles);
    expect(facts[0]).toEqual({ width, height });
  });

  it('finds each channel’s values in the interleaved [H, W, C] order', () => {
    const tiles = mapTiles(counting([4, 5, 3]));
    // Row 2, column 1 of channel 2 is byte (2·5 + 1)·3 + 2 = 35.
    expect(tiles[2]!.at(1, 2)).toBe(35);
    expect(tiles[0]!.at(0, 0)).toBe(0);
    expect(mapTiles(counting([4, 5]))[0]!.at(4, 3)).toBe(19);
  });

  it('shows one tile per filter, the mean over its input channels', () => {
    // [kh 2, kw 2, in 2, out 3]: filter o at (x, y) averages bytes ((y·2 + x)·2 + i)·3 + o.
    const tiles = mapTiles(counting([2, 2, 2, 3], 'filters'));
    expect(tiles).toHaveLength(3);
    expect(tiles[1]!.at(1, 0)).toBe(
      Math.round((((0 * 2 + 1) * 2 + 0) * 3 + 1 + ((0 * 2 + 1) * 2 + 1) * 3 + 1) / 2),
    );
  });

  it('lays tiles out in rows with 1-pixel gaps, up to a limit', () => {
    const tiles = mapTiles(counting([3, 4, 10]));
    expect(gridLayout(tiles, 8, 4)).toEqual({
      columns: 4,
      rows: 2,
      width: 19,
      height: 7,
      shown: 8,
    });
    expect(gridLayout(tiles.slice(0, 2), 8, 4)).toMatchObject({ columns: 2, rows: 1, width: 9 });
    expect(gridLayout([], 8, 4).width).toBe(0);
  });

  it('paints each value in its colour and leaves the gaps clear', () => {
    const tiles = mapTiles(counting([1, 2, 2]));
    const layout = gridLayout(tiles, 8, 4);
    const pixels = gridPixels(tiles, layout);
    expect(layout.width).toBe(5);
    const pixel = (x: number) => [...pixels.slice(x * 4, x * 4 + 4)];
    // Channel 0 holds bytes 0 and 2; the gap at x = 2; channel 1 holds bytes 1 and 3.
    expect(pixel(0)).toEqual([...COLOURS.slice(0, 3), 255]);
    expect(pixel(1)).toEqual([...COLOURS.slice(6, 9), 255]);
    expect(pixel(2)).toEqual([0, 0, 0, 0]);
    expect(pixel(3)).toEqual([...COLOURS.slice(3, 6), 255]);
  });

  it('runs its colour scale from dark to bright, and reads bytes back as values', () => {
    const brightness = (i: number) => COLOURS[i * 3]! + COLOURS[i * 3 + 1]! + COLOURS[i * 3 + 2]!;
    expect(brightness(255)).toBeGreaterThan(brightness(128));
    expect(brightness(128)).toBeGreaterThan(brightness(0));
    const map = counting([2]);
    expect([valueOf(map, 0), valueOf(map, 255)]).toEqual([-1, 1]);
  });
});
