import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './jsonLocate';

describe('locateJsonError', () => {
  it.each([
    {
      text: '{"a": 1,',
      line: 1,
      column: 9,
      message: 'the file ends too early, as if it had been cut off',
    },
    { text: '{"a": 1,}', line: 1, column: 9, message: "a comma before '}' is not allowed in JSON" },
    { text: '[1, 2,]', line: 1, column: 7, message: "a comma before ']' is not allowed in JSON" },
    {
      text: '{\n  "a": 1\n  "b": 2\n}',
      line: 3,
      column: 3,
      message: `expected ',' or '}', found '"'`,
    },
    {
      text: "{'a': 1}",
      line: 1,
      column: 2,
      message: "expected a name in double quotes, found '''",
    },
    { text: '{"a" 1}', line: 1, column: 6, message: "expected ':' after a name, found '1'" },
    { text: '[01]', line: 1, column: 3, message: "expected ',' or ']', found '1'" },
    { text: '[-]', line: 1, column: 2, message: 'a number is written wrongly' },
    { text: '[NaN]', line: 1, column: 2, message: "expected a value, found 'N'" },
    {
      text: '["a\nb"]',
      line: 1,
      column: 4,
      message: 'a line break or control character inside text; write it as \\n',
    },
    {
      text: '["\\x"]',
      line: 1,
      column: 3,
      message: 'a backslash in text starts an unknown escape',
    },
    { text: '["\\u12G4"]', line: 1, column: 3, message: 'a \\u escape needs four hex digits' },
    {
      text: '["abc',
      line: 1,
      column: 6,
      message: 'text in quotes is not closed before the file ends',
    },
    { text: '{} {}', line: 1, column: 4, message: "unexpected '{' after the end of the data" },
    { text: '\r\n\r\n  tru', line: 3, column: 3, message: "expected a value, found 't'" },
    { text: '', line: 1, column: 1, message: 'the file ends too early, as if it had been cut off' },
  ])('$text', ({ text, line, column, message }) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ line, column, message });
  });

  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull();
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on whether damaged text is valid', () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom('', '"', ',', ']', '}', '{', ':', '\\', '\n', '-', '0', 'e'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { seed: 2, numRuns: 3000 },
    );
  });
});
