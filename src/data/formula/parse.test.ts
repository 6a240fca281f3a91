import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormulaError, parseFormula } from './parse';

describe('parseFormula', () => {
  it.each<[string, number, number]>([
    ['x', 2, 2],
    ['2 + 3 * x', 2, 8],
    ['(2 + 3) * x', 2, 10],
    ['10 - 4 - 3', 0, 3],
    ['24 / 4 / 2', 0, 3],
    ['2 ^ 3 ^ 2', 0, 512],
    ['2 ** 3', 0, 8],
    ['-x^2', 3, -9],
    ['(-x)^2', 3, 9],
    ['2^-1', 0, 0.5],
    ['--x', 4, 4],
    ['+x', 4, 4],
    ['2x', 3, 6],
    ['3(x + 1)', 1, 6],
    ['x(x - 1)', 3, 6],
    ['2 pi', 0, 2 * Math.PI],
    ['e', 0, Math.E],
    ['1.5e2 + .5', 0, 150.5],
    ['sin(pi/2) + cos(0) + tan(0)', 0, 2],
    ['exp(log(x))', 7, 7],
    ['sqrt(abs(x))', -16, 4],
    ['tanh(0)', 0, 0],
    ['SIN(X)', 0, 0],
    ['  x  *  x  ', 5, 25],
  ])('%s at x = %d is %d', (formula, x, y) => {
    expect(parseFormula(formula)(x)).toBeCloseTo(y, 12);
  });

  it.each<[string, number, string]>([
    ['', 1, 'The formula is empty'],
    ['x +', 4, "Expected a number, x, a function or '(' but found the end of the formula"],
    [
      '2 * (x + 1',
      11,
      "Expected ')' to close the '(' at column 5, but found the end of the formula",
    ],
    ['x + 1)', 6, "')' closes a parenthesis that was never opened"],
    ['sinx', 1, "Unknown name 'sinx'"],
    ['y + 1', 1, "Unknown name 'y'"],
    ['sin x', 5, "Expected '(' after the function sin, but found 'x'"],
    ['x $ 2', 3, "'$' is not allowed"],
    ['x * * 2', 5, "Expected a number, x, a function or '(' but found '*'"],
    ['.', 1, "'.' is not a number"],
    ['sqrt(x', 7, "Expected ')' to close sqrt( at column 5, but found the end of the formula"],
  ])('refuses %j at column %i', (formula, column, problem) => {
    let error: unknown;
    try {
      parseFormula(formula);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormulaError);
    expect((error as FormulaError).column).toBe(column);
    expect((error as FormulaError).problem.startsWith(problem)).toBe(true);
    expect((error as FormulaError).message).toMatch(new RegExp(`\\(column ${column}\\)$`));
  });

  it('refuses over-long and over-nested formulas without exhausting anything', () => {
    expect(() => parseFormula('x+'.repeat(150) + 'x')).toThrow(/at most 200 are accepted/);
    expect(() => parseFormula('('.repeat(90) + 'x' + ')'.repeat(90))).toThrow(
      /nested more than 60 levels deep/,
    );
    expect(() => parseFormula('-'.repeat(100) + 'x')).toThrow(/nested more than 60 levels deep/);
  });

  it('never evaluates code: names of globals are unknown names', () => {
    for (const formula of ['constructor', 'process', 'globalThis', 'toString(x)']) {
      expect(() => parseFormula(formula)).toThrow(FormulaError);
    }
  });

  it('agrees with arithmetic on random sums and products', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (a, b, c, x) => {
          const f = parseFormula(`${a} * x - ${b} / ${c} + x^2`);
          expect(f(x)).toBeCloseTo(a * x - b / c + x * x, 9);
        },
      ),
    );
  });
});
