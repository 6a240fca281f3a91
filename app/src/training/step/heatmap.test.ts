import { describe, expect, it } from 'vitest';
import { colourOf, gridOf, heatmapPixels } from './heatmap';

describe('colourOf', () => {
  it.each([
    { v: 0, scale: 1, rgb: [255, 255, 255] },
    { v: 1, scale: 1, rgb: [255, 0, 0] },
    { v: -1, scale: 1, rgb: [0, 0, 255] },
    { v: -0.5, scale: 1, rgb: [128, 128, 255] },
    { v: 3, scale: 1, rgb: [255, 0, 0] },
    { v: 0.2, scale: 0, rgb: [255, 255, 255] },
  ])('$v on a scale of ±$scale is $rgb', ({ v, scale, rgb }) => {
    expect(colourOf(v, scale)).toEqual(rgb);
  });
});

describe('gridOf', () => {
  it.each([
    { shape: [4], rows: 1, columns: 4, cell: [0, 3], index: 3 },
    { shape: [3, 5], rows: 3, columns: 5, cell: [2, 1], index: 11 },
    { shape: [2, 2, 2, 3], rows: 8, columns: 3, cell: [7, 2], index: 23 },
    // Channels side by side: column 3 of a [2, 2, 2] map is x = 1 of channel 1.
    { shape: [2, 2, 2], rows: 2, columns: 4, cell: [1, 3], index: 7 },
    { shape: [2, 2, 2], rows: 2, columns: 4, cell: [1, 1], index: 6 },
  ])('$shape: $rows × $columns, cell $cell reads value $index', (c) => {
    const grid = gridOf(c.shape);
    expect([grid.rows, grid.columns]).toEqual([c.rows, c.columns]);
    expect(grid.at(c.cell[0]!, c.cell[1]!)).toBe(c.index);
  });
});

describe('heatmapPixels', () => {
  it('keeps 0 white whatever the range, with the sign as the colour', () => {
    // Bytes over −0.2 … 0.6: 0 is −0.2, 85 is 0.0667, 255 is 0.6; 64 is 0 (within a byte).
    const map = { shape: [1, 3], data: new Uint8Array([0, 64, 255]), min: -0.2, max: 0.6 };
    const { width, height, pixels } = heatmapPixels(map);
    expect([width, height]).toEqual([3, 1]);
    const px = (i: number) => [...pixels.subarray(i * 4, i * 4 + 4)];
    expect(px(0)).toEqual([170, 170, 255, 255]);
    expect(px(1)[0]).toBe(255);
    expect(px(1)[1]).toBeGreaterThan(250);
    expect(px(2)).toEqual([255, 0, 0, 255]);
  });
});
