import { describe, expect, it } from 'vitest';
import { gateRows, gateVector, transposeArray } from './tensorMath';

const range = (n: number) => Float32Array.from({ length: n }, (_, i) => i);

describe('transposeArray', () => {
  it.each([
    { shape: [2, 3], perm: [1, 0], want: [0, 3, 1, 4, 2, 5], wantShape: [3, 2] },
    { shape: [2, 3], perm: [0, 1], want: [0, 1, 2, 3, 4, 5], wantShape: [2, 3] },
    // [kh=1, kw=2, in=2, out=2] → [out, in, kh, kw]: element (0, w, i, o) sits at w·4 + i·2 + o.
    {
      shape: [1, 2, 2, 2],
      perm: [3, 2, 0, 1],
      want: [0, 4, 2, 6, 1, 5, 3, 7],
      wantShape: [2, 2, 1, 2],
    },
    { shape: [2, 1, 3], perm: [2, 0, 1], want: [0, 3, 1, 4, 2, 5], wantShape: [3, 2, 1] },
  ])('$shape by $perm', ({ shape, perm, want, wantShape }) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = transposeArray({ shape, values: range(size) }, perm);
    expect(t.shape).toEqual(wantShape);
    expect([...t.values]).toEqual(want);
  });

  it('agrees with index arithmetic on a 4-D array', () => {
    const shape = [2, 3, 4, 5];
    const perm = [2, 0, 3, 1];
    const t = transposeArray({ shape, values: range(120) }, perm);
    const at = (i: readonly number[], s: readonly number[]) =>
      i.reduce((acc, v, k) => acc * s[k]! + v, 0);
    for (let a = 0; a < 4; a++)
      for (let b = 0; b < 2; b++)
        for (let c = 0; c < 5; c++)
          for (let d = 0; d < 3; d++) {
            // Result index (a, b, c, d) is source index with axis perm[k] = result axis k.
            const source = [b, d, a, c];
            expect(t.values[at([a, b, c, d], t.shape)]).toBe(at(source, shape));
          }
  });

  it('refuses a list that is not a permutation', () => {
    expect(() => transposeArray({ shape: [2, 2], values: range(4) }, [0, 0])).toThrow(
      /not a permutation/,
    );
  });
});

describe('gate reordering for recurrent weights', () => {
  // A [rows = 2, gates = 3 × units = 2] matrix whose value names its gate (tens) and column (ones).
  const matrix = {
    shape: [2, 6],
    values: Float32Array.from([0, 1, 10, 11, 20, 21, 100, 101, 110, 111, 120, 121]),
  };

  it('transposes each gate block and puts the blocks in the given order', () => {
    expect([...gateRows(matrix, 2, [2, 0, 1])]).toEqual([
      20, 120, 21, 121, 0, 100, 1, 101, 10, 110, 11, 111,
    ]);
  });

  it('reorders a bias the same way', () => {
    expect([...gateVector(Float32Array.from([0, 1, 10, 11, 20, 21]), 2, [2, 0, 1])]).toEqual([
      20, 21, 0, 1, 10, 11,
    ]);
  });

  it('refuses a matrix that does not hold the gates', () => {
    expect(() => gateRows(matrix, 4, [0, 1, 2])).toThrow(/does not hold 3 gates of 4/);
  });
});
