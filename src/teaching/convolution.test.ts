import { describe, expect, it } from 'vitest';
import { convolve } from './convolution';
import { formatGrid, parseGrid } from './grid';
import { KERNEL_PRESETS, squareImage } from './kernels';
import { pool } from './pooling';

const preset = (id: string) => KERNEL_PRESETS.find((p) => p.id === id)!.kernel;
const ones = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(1));
const ramp = (n: number) =>
  Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => r * n + c));

describe('convolution', () => {
  // Output ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 per axis.
  it.each([
    { n: 5, k: 3, stride: 1, padding: 0, dilation: 1, size: 3 },
    { n: 5, k: 3, stride: 1, padding: 1, dilation: 1, size: 5 },
    { n: 5, k: 3, stride: 2, padding: 0, dilation: 1, size: 2 },
    { n: 7, k: 3, stride: 2, padding: 1, dilation: 1, size: 4 },
    { n: 7, k: 3, stride: 1, padding: 0, dilation: 2, size: 3 },
    { n: 12, k: 2, stride: 3, padding: 0, dilation: 1, size: 4 },
  ])(
    '$n×$n with a $k×$k kernel, stride $stride, padding $padding, dilation $dilation → $size',
    (c) => {
      const r = convolve(ramp(c.n), ones(c.k), c);
      expect(r.output).toHaveLength(c.size);
      expect(r.output[0]).toHaveLength(c.size);
      expect(r.formula.rows.endsWith(`= ${c.size}`)).toBe(true);
    },
  );

  it('computes each cell as the sum of the window times the kernel, unflipped', () => {
    const input = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    const r = convolve(
      input,
      [
        [1, 0],
        [0, -1],
      ],
      { stride: 1, padding: 0, dilation: 1 },
    );
    expect(r.output).toEqual([
      [1 - 5, 2 - 6],
      [4 - 8, 5 - 9],
    ]);
    expect(r.sources[1]![0]).toEqual([
      { row: 1, col: 0, weight: 1 },
      { row: 1, col: 1, weight: 0 },
      { row: 2, col: 0, weight: 0 },
      { row: 2, col: 1, weight: -1 },
    ]);
  });

  it('reads zeros in the padding and lists only real cells as sources', () => {
    const r = convolve(ones(3), ones(3), { stride: 1, padding: 1, dilation: 1 });
    expect(r.output).toEqual([
      [4, 6, 4],
      [6, 9, 6],
      [4, 6, 4],
    ]);
    expect(r.sources[0]![0]!.map((t) => [t.row, t.col])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('leaves gaps between the taps of a dilated kernel', () => {
    const r = convolve(ramp(5), ones(2), { stride: 1, padding: 0, dilation: 2 });
    expect(r.sources[0]![0]!.map((t) => [t.row, t.col])).toEqual([
      [0, 0],
      [0, 2],
      [2, 0],
      [2, 2],
    ]);
    expect(r.output[0]![0]).toBe(0 + 2 + 10 + 12);
  });

  it('finds the edges of a square and keeps flat areas at zero', () => {
    const r = convolve(squareImage(8), preset('vertical-edges'), {
      stride: 1,
      padding: 0,
      dilation: 1,
    });
    // Columns 2..5 are bright; the window centred on column 2 (output column 1) sees the left edge.
    expect(r.output[2]![0]).toBe(4);
    expect(r.output[2]![4]).toBe(-4);
    expect(r.output[2]![2]).toBe(0);
    const blur = convolve(ones(4), preset('box-blur'), { stride: 1, padding: 0, dilation: 1 });
    for (const row of blur.output) for (const v of row) expect(v).toBeCloseTo(1, 12);
  });

  it('says what is wrong with a kernel larger than the input or a bad stride', () => {
    expect(() => convolve(ones(2), ones(3), { stride: 1, padding: 0, dilation: 1 })).toThrow(
      /⌊\(2 \+ 2·0 − 3\)\/1⌋ \+ 1 = 0/,
    );
    expect(() => convolve(ones(3), ones(3), { stride: 0, padding: 0, dilation: 1 })).toThrow(
      'Stride must be a whole number from 1 to 8, got 0.',
    );
  });
});

describe('pooling', () => {
  const lecture = [
    [12, 20, 30, 0],
    [8, 12, 2, 0],
    [34, 70, 37, 4],
    [112, 100, 25, 12],
  ];

  it('gives the lecture’s numbers: 2×2 max pooling with stride 2', () => {
    const r = pool(lecture, 2, 2, 'max');
    expect(r.output).toEqual([
      [20, 30],
      [112, 37],
    ]);
    expect(r.picked[1]![0]).toEqual({ row: 3, col: 0 });
    expect(r.windows[0]![1]).toEqual([
      { row: 0, col: 2 },
      { row: 0, col: 3 },
      { row: 1, col: 2 },
      { row: 1, col: 3 },
    ]);
  });

  it('averages the same windows', () => {
    expect(pool(lecture, 2, 2, 'average').output).toEqual([
      [13, 8],
      [79, 19.5],
    ]);
  });

  it('slides overlapping windows with stride 1', () => {
    expect(pool(lecture, 2, 1, 'max').output).toEqual([
      [20, 30, 30],
      [70, 70, 37],
      [112, 100, 37],
    ]);
  });

  it('refuses a window larger than the input', () => {
    expect(() => pool([[1]], 2, 2, 'max')).toThrow('A 2×2 window does not fit in a 1×1 input.');
  });
});

describe('typed tables', () => {
  it.each([
    [
      '1 2\n3 4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '[[1,2],[3,4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '1, 2;\n 3 , -4.5\n\n',
      [
        [1, 2],
        [3, -4.5],
      ],
    ],
  ])('reads %j', (text, grid) => {
    expect(parseGrid(text, 'input')).toEqual(grid);
    expect(parseGrid(formatGrid(grid), 'input')).toEqual(grid);
  });

  it.each([
    ['1 2\n3', 'Row 2 of the input has 1 value; row 1 has 2.'],
    ['1 x', 'Row 1 of the input: “x” is not a number.'],
    ['', 'The input is empty.'],
    [Array.from({ length: 17 }, () => '1').join('\n'), 'The input is larger than 16×16.'],
  ])('explains %j', (text, message) => {
    expect(() => parseGrid(text, 'input')).toThrow(message);
  });
});
