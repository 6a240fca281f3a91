/**
 * A formula in x, as people type it ("sin(3x) + 0.5*x^2"), read by a small parser of our own and
 * never by `eval` or `Function`: only numbers, x, the constants pi and e, + - * / ^ (also written
 * **), unary minus, parentheses, implicit multiplication (2x, 3(x + 1)) and the functions
 * sin cos tan exp log sqrt abs tanh. Mistakes are reported with the column (1-based) where they are.
 *
 * Grammar, loosest binding first:
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary | implicit unary)*
 *   unary   = ("-" | "+") unary | power
 *   power   = primary ("^" unary)?          right-associative, so -x^2 = -(x^2) and 2^-1 works
 *   primary = number | "x" | "pi" | "e" | name "(" sum ")" | "(" sum ")"
 */

export const FORMULA_MAX_LENGTH = 200;
/** Deeper nesting is refused, so a hostile formula cannot exhaust the stack. */
const MAX_DEPTH = 60;

const FUNCTIONS: Readonly<Record<string, (v: number) => number>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
};
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

export class FormulaError extends Error {
  override readonly name = 'FormulaError';
  constructor(
    /** The 1-based column of the problem, or the length + 1 for one at the end. */
    readonly column: number,
    /** What is wrong, without the column. */
    readonly problem: string,
  ) {
    super(`${problem} (column ${column})`);
  }
}

type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based. */
  column: number;
  value?: number;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    const column = i + 1;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.]/.test(c)) {
      const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(formula.slice(i));
      if (!match) throw new FormulaError(column, `'.' is not a number`);
      tokens.push({ kind: 'number', text: match[0], column, value: Number(match[0]) });
      i += match[0].length;
    } else if (/[a-zA-Z]/.test(c)) {
      const match = /^[a-zA-Z]+/.exec(formula.slice(i))!;
      tokens.push({ kind: 'name', text: match[0].toLowerCase(), column });
      i += match[0].length;
    } else if (formula.startsWith('**', i)) {
      tokens.push({ kind: 'op', text: '^', column });
      i += 2;
    } else if ('+-*/^'.includes(c)) {
      tokens.push({ kind: 'op', text: c, column });
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, text: c, column });
      i++;
    } else {
      throw new FormulaError(
        column,
        `'${c}' is not allowed; use numbers, x, pi, e, + - * / ^, parentheses and ${Object.keys(FUNCTIONS).join(' ')}`,
      );
    }
  }
  tokens.push({ kind: 'end', text: '', column: formula.length + 1 });
  return tokens;
}

/** A compiled formula: y for a given x. */
export type Formula = (x: number) => number;

/** Reads `formula`; throws a `FormulaError` saying what is wrong and where. */
export function parseFormula(formula: string): Formula {
  if (formula.length > FORMULA_MAX_LENGTH) {
    throw new FormulaError(
      FORMULA_MAX_LENGTH + 1,
      `The formula is ${formula.length} characters long; at most ${FORMULA_MAX_LENGTH} are accepted`,
    );
  }
  const tokens = tokenize(formula);
  let at = 0;
  let depth = 0;
  const peek = () => tokens[at]!;
  const next = () => tokens[at++]!;
  const describe = (t: Token) => (t.kind === 'end' ? 'the end of the formula' : `'${t.text}'`);

  const nest = <T>(column: number, read: () => T): T => {
    if (++depth > MAX_DEPTH)
      throw new FormulaError(column, `The formula is nested more than ${MAX_DEPTH} levels deep`);
    try {
      return read();
    } finally {
      depth--;
    }
  };

  const sum = (): Formula => {
    let left = product();
    for (;;) {
      const t = peek();
      if (t.kind !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      next();
      const l = left;
      const r = product();
      left = t.text === '+' ? (x) => l(x) + r(x) : (x) => l(x) - r(x);
    }
  };

  const startsPrimary = (t: Token) => t.kind === 'number' || t.kind === 'name' || t.kind === '(';

  const product = (): Formula => {
    let left = unary();
    for (;;) {
      const t = peek();
      const l = left;
      if (t.kind === 'op' && (t.text === '*' || t.text === '/')) {
        next();
        const r = unary();
        left = t.text === '*' ? (x) => l(x) * r(x) : (x) => l(x) / r(x);
      } else if (startsPrimary(t)) {
        const r = unary();
        left = (x) => l(x) * r(x);
      } else {
        return left;
      }
    }
  };

  const unary = (): Formula => {
    const t = peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      next();
      const operand = nest(t.column, unary);
      return t.text === '-' ? (x) => -operand(x) : operand;
    }
    return power();
  };

  const power = (): Formula => {
    const base = primary();
    const t = peek();
    if (t.kind !== 'op' || t.text !== '^') return base;
    next();
    const exponent = nest(t.column, unary);
    return (x) => Math.pow(base(x), exponent(x));
  };

  const primary = (): Formula => {
    const t = next();
    if (t.kind === 'number') {
      const value = t.value!;
      return () => value;
    }
    if (t.kind === '(') {
      const inner = nest(t.column, sum);
      const close = next();
      if (close.kind !== ')')
        throw new FormulaError(
          close.column,
          `Expected ')' to close the '(' at column ${t.column}, but found ${describe(close)}`,
        );
      return inner;
    }
    if (t.kind === 'name') {
      if (t.text === 'x') return (x) => x;
      if (Object.hasOwn(CONSTANTS, t.text)) {
        const value = CONSTANTS[t.text]!;
        return () => value;
      }
      if (Object.hasOwn(FUNCTIONS, t.text)) {
        const fn = FUNCTIONS[t.text]!;
        const open = next();
        if (open.kind !== '(')
          throw new FormulaError(
            open.column,
            `Expected '(' after the function ${t.text}, but found ${describe(open)}`,
          );
        const argument = nest(open.column, sum);
        const close = next();
        if (close.kind !== ')')
          throw new FormulaError(
            close.column,
            `Expected ')' to close ${t.text}( at column ${open.column}, but found ${describe(close)}`,
          );
        return (x) => fn(argument(x));
      }
      throw new FormulaError(
        t.column,
        `Unknown name '${t.text}'; the names known are x, pi, e and the functions ${Object.keys(FUNCTIONS).join(', ')}`,
      );
    }
    throw new FormulaError(
      t.column,
      `Expected a number, x, a function or '(' but found ${describe(t)}`,
    );
  };

  if (peek().kind === 'end') throw new FormulaError(1, 'The formula is empty');
  const result = sum();
  const rest = peek();
  if (rest.kind !== 'end') {
    throw new FormulaError(
      rest.column,
      rest.kind === ')'
        ? `')' closes a parenthesis that was never opened`
        : `Unexpected ${describe(rest)}`,
    );
  }
  return result;
}
