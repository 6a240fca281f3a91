import { describe, expect, it } from 'vitest';
import { chain } from '../graph/testing/build';
import { analyzeGraph } from '../graph/analyze';
import { receptiveField, type Pair, type WindowLayer } from './receptiveField';
import { windowStackOf } from './windowStack';

const conv = (k: number, over: Partial<WindowLayer> = {}): WindowLayer => ({
  name: 'conv',
  kernel: [k, k],
  stride: [1, 1],
  dilation: [1, 1],
  padding: 'valid',
  ...over,
});
const indices = (reach: { index: number }[]) => reach.map((r) => r.index);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('receptive field', () => {
  const cases: {
    name: string;
    input: Pair;
    layers: WindowLayer[];
    cell: Pair;
    field: number;
    cells: number[];
    /** The columns, when the cell's column is not its row shifted by a field of one. */
    colCells?: number[];
    out: number;
  }[] = [
    {
      name: 'one 3×3 conv',
      input: [7, 7],
      layers: [conv(3)],
      cell: [0, 0],
      field: 3,
      cells: [0, 1, 2],
      out: 5,
    },
    {
      name: 'two 3×3 convs → 5×5',
      input: [7, 7],
      layers: [conv(3), conv(3)],
      cell: [1, 1],
      field: 5,
      cells: range(1, 5),
      out: 3,
    },
    {
      name: 'three 3×3 convs → 7×7',
      input: [9, 9],
      layers: [conv(3), conv(3), conv(3)],
      cell: [0, 0],
      field: 7,
      cells: range(0, 6),
      out: 3,
    },
    {
      name: 'dilation 2 → 5×5 with gaps',
      input: [7, 7],
      layers: [conv(3, { dilation: [2, 2] })],
      cell: [0, 0],
      field: 5,
      cells: [0, 2, 4],
      out: 3,
    },
    {
      name: 'dilation 1 then 2 → 7×7 without gaps',
      input: [9, 9],
      layers: [conv(3), conv(3, { dilation: [2, 2] })],
      cell: [0, 0],
      field: 7,
      cells: range(0, 6),
      out: 3,
    },
    {
      name: 'stride 2 then 3×3 → 7×7',
      input: [9, 9],
      layers: [conv(3, { stride: [2, 2] }), conv(3)],
      cell: [1, 1],
      field: 7,
      cells: range(2, 8),
      out: 2,
    },
    {
      name: '2×2 pool stride 2, twice → 4×4',
      input: [8, 8],
      layers: [conv(2, { stride: [2, 2] }), conv(2, { stride: [2, 2] })],
      cell: [1, 0],
      field: 4,
      cells: [4, 5, 6, 7],
      colCells: [0, 1, 2, 3],
      out: 2,
    },
    {
      name: "'same' padding clips the field at the border",
      input: [5, 5],
      layers: [conv(3, { padding: 'same' })],
      cell: [0, 0],
      field: 3,
      cells: [0, 1],
      out: 5,
    },
  ];

  it.each(cases)('$name', ({ input, layers, cell, field, cells, colCells, out }) => {
    const r = receptiveField(input, layers, cell);
    const last = r.layers[r.layers.length - 1]!;
    expect(last.rows.field).toBe(field);
    expect(last.rows.outSize).toBe(out);
    expect(indices(r.levels[0]!.rows)).toEqual(cells);
    expect(indices(r.levels[0]!.cols)).toEqual(colCells ?? cells.map((c) => c - cell[0] + cell[1]));
    expect(r.levels).toHaveLength(layers.length + 1);
  });

  it('writes the formulas with the numbers filled in', () => {
    const r = receptiveField([7, 7], [conv(3), conv(3, { dilation: [2, 2], name: 'b' })], [0, 0]);
    expect(r.layers[0]!.rows.sizeFormula).toBe('⌊(7 + 2·0 − 3)/1⌋ + 1 = 5');
    expect(r.layers[0]!.rows.fieldFormula).toBe('1 + (3 − 1)·1 = 3');
    expect(r.layers[1]!.rows.sizeFormula).toBe('⌊(5 + 2·0 − (2·(3−1)+1))/1⌋ + 1 = 1');
    expect(r.layers[1]!.rows.fieldFormula).toBe('3 + (5 − 1)·1 = 7');
    const same = receptiveField([7, 7], [conv(3, { stride: [2, 2], padding: 'same' })], [0, 0]);
    expect(same.layers[0]!.cols.sizeFormula).toBe('⌈7/2⌉ = 4');
  });

  it('counts the paths to each input cell: the middle of two 3×3 convs is reached three times', () => {
    const r = receptiveField([5, 5], [conv(3), conv(3)], [0, 0]);
    expect(r.levels[0]!.rows.map((x) => x.paths)).toEqual([1, 2, 3, 2, 1]);
    expect(indices(r.levels[1]!.rows)).toEqual([0, 1, 2]);
  });

  it('treats the two axes apart', () => {
    const r = receptiveField([6, 9], [conv(1, { kernel: [1, 3], stride: [1, 3] })], [2, 1]);
    expect(indices(r.levels[0]!.rows)).toEqual([2]);
    expect(indices(r.levels[0]!.cols)).toEqual([3, 4, 5]);
  });

  it.each([
    [[2, 2], [conv(3, { name: 'c1' })], [0, 0], /c1: the window spans 3 along the height/],
    [[5, 5], [conv(3)], [3, 0], 'The output is 3×3, so it has no cell at row 4, column 1.'],
    [[5, 5], [], [0, 0], 'There is no convolution or pooling layer to trace.'],
    [[5, 5], [conv(0, { name: 'c' })], [0, 0], /c: the kernel along the height must be/],
  ] as const)('explains bad input %#', (input, layers, cell, message) => {
    expect(() => receptiveField(input, layers, cell)).toThrow(message);
  });
});

describe('the window stack of a graph node', () => {
  it('reads convolutions and pooling back to the input, through pointwise layers', () => {
    const graph = chain(
      ['Input', { shape: [28, 28, 1] }],
      ['Conv2D', { kernelSize: [3, 3] }],
      'BatchNormalization',
      ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
      ['Conv2D', { kernelSize: [3, 3], dilation: [2, 2] }],
    );
    const last = graph.nodes[graph.nodes.length - 1]!;
    const found = windowStackOf(graph, analyzeGraph(graph), last.id);
    if (!found.ok) throw new Error(found.message.key);
    expect(found.stack.inputSize).toEqual([28, 28]);
    expect(found.stack.stoppedAt).toBeNull();
    expect(found.stack.layers.map((l) => [l.kernel, l.stride, l.dilation])).toEqual([
      [
        [3, 3],
        [1, 1],
        [1, 1],
      ],
      [
        [2, 2],
        [2, 2],
        [1, 1],
      ],
      [
        [3, 3],
        [1, 1],
        [2, 2],
      ],
    ]);
    const r = receptiveField(found.stack.inputSize, found.stack.layers, [0, 0]);
    // 1 + 2·1 = 3; + 1·1 = 4; + 4·2 = 12.
    expect(r.layers.map((l) => l.rows.field)).toEqual([3, 4, 12]);
  });

  it('stops at a layer that mixes positions, and starts from its output', () => {
    const graph = chain(
      ['Input', { shape: [8, 8, 1] }],
      ['UpSampling2D', {}],
      ['Conv2D', { kernelSize: [3, 3] }],
    );
    const found = windowStackOf(graph, analyzeGraph(graph), graph.nodes[2]!.id);
    if (!found.ok) throw new Error(found.message.key);
    expect(found.stack.inputSize).toEqual([16, 16]);
    expect(found.stack.stoppedAt).toBe(graph.nodes[1]!.name);
  });

  it('says why a Dense layer has no field', () => {
    const graph = chain(['Input', { shape: [4] }], ['Dense', { units: 2 }]);
    const found = windowStackOf(graph, analyzeGraph(graph), graph.nodes[1]!.id);
    expect(found).toEqual({
      ok: false,
      message: {
        key: 'teaching.error.notWindow',
        values: { name: graph.nodes[1]!.name, type: 'Dense' },
      },
    });
  });
});
