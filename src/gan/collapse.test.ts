import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random';
import { checkCollapse, MIN_COVERAGE, MIN_SPREAD_RATIO } from './collapse';
import { chamferDistance, coverage, spread, typicalGap } from './spread';

/** `count` points around each of `centres`, spread `sd`, seeded. */
function clouds(
  centres: readonly (readonly [number, number])[],
  count: number,
  sd: number,
  seed = 1,
) {
  const random = createRandom(seed);
  const values = new Float32Array(centres.length * count * 2);
  let i = 0;
  for (const [x, y] of centres)
    for (let k = 0; k < count; k++) {
      values[i++] = x + sd * random.normal();
      values[i++] = y + sd * random.normal();
    }
  return { values, size: 2 };
}

const TWO: [number, number][] = [
  [2, 2],
  [-2, -2],
];

describe('spread measures', () => {
  it('spread is the root mean squared distance from the centre', () => {
    // Four corners of a square of side 2 around (5, 5): each √2 from the centre.
    const square = { values: new Float32Array([4, 4, 6, 4, 4, 6, 6, 6]), size: 2 };
    expect(spread(square)).toBeCloseTo(Math.SQRT2, 6);
  });

  it('Chamfer distance is 0 for the same set and grows with a shift', () => {
    const a = clouds(TWO, 50, 0.5);
    expect(chamferDistance(a, a)).toBe(0);
    const shifted = { values: a.values.map((v) => v + 1), size: 2 };
    expect(chamferDistance(a, shifted)).toBeGreaterThan(0.5);
  });

  it('coverage counts the real points with a generated one within the radius', () => {
    const real = { values: new Float32Array([0, 0, 10, 10]), size: 2 };
    const made = { values: new Float32Array([0.1, 0, 0, 0.2]), size: 2 };
    expect(coverage(real, made, 1)).toBe(0.5);
    expect(coverage(real, made, 20)).toBe(1);
  });

  it('typical gap is the median nearest-neighbour distance', () => {
    const line = { values: new Float32Array([0, 0, 1, 0, 2, 0, 5, 0]), size: 2 };
    // Nearest gaps: 1, 1, 1, 3 → median (upper middle) 1.
    expect(typicalGap(line)).toBe(1);
  });
});

describe('mode collapse', () => {
  const real = clouds(TWO, 200, 0.7, 1);
  const cases = [
    { why: 'samples from both clouds', made: clouds(TWO, 100, 0.7, 2), collapsed: false },
    {
      why: 'every sample in one of the two clouds',
      made: clouds([[2, 2]], 200, 0.7, 3),
      collapsed: true,
    },
    { why: 'every sample at one point', made: clouds([[0, 0]], 200, 0.01, 4), collapsed: true },
    // Each cloud shrunk to a dot: most real points have no sample near them.
    {
      why: 'both clouds, each squeezed to a dot',
      made: clouds(TWO, 100, 0.05, 5),
      collapsed: true,
    },
    { why: 'both clouds, a little wider', made: clouds(TWO, 100, 1, 6), collapsed: false },
  ];
  it.each(cases)('$why → collapsed: $collapsed', ({ made, collapsed }) => {
    const check = checkCollapse(real, made);
    expect(check.collapsed).toBe(collapsed);
  });

  it('reports the measures behind the verdict', () => {
    const one = checkCollapse(real, clouds([[2, 2]], 200, 0.7, 3));
    expect(one.coverage).toBeLessThan(MIN_COVERAGE);
    expect(one.coverage).toBeGreaterThan(0.4);
    const point = checkCollapse(real, clouds([[0, 0]], 200, 0.01, 4));
    expect(point.spreadRatio).toBeLessThan(MIN_SPREAD_RATIO);
  });

  it('does not take NaN samples for healthy ones', () => {
    const made = { values: new Float32Array(40).fill(NaN), size: 2 };
    expect(checkCollapse(real, made).collapsed).toBe(true);
  });
});
