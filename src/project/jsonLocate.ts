/**
 * Finds where JSON text goes wrong, as a line and column with a plain reason. `JSON.parse` says
 * only "at position 1234" (or nothing at all), differently in every engine, so after it fails this
 * scanner walks the text once more and stops at the first character that cannot be right.
 * It loops instead of recursing, so deeply nested text cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** 1-based, counted in lines ending with \n. */
  line: number;
  /** 1-based, counted in UTF-16 code units from the start of the line. */
  column: number;
  message: string;
}

type Expect = 'value' | 'firstValueOrEnd' | 'key' | 'firstKeyOrEnd' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const fail = (offset: number, message: string) => ({ ...lineAndColumn(text, offset), message });
  // true for an object, false for a list
  const open: boolean[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'after' && open.length === 0) return null;
      return fail(i, 'the file ends too early, as if it had been cut off');
    }
    const c = text[i]!;
    if (expect === 'value' || expect === 'firstValueOrEnd') {
      if (c === ']' && (expect === 'firstValueOrEnd' || afterComma)) {
        if (afterComma) return fail(i, "a comma before ']' is not allowed in JSON");
        open.pop();
        i++;
        expect = 'after';
      } else if (c === '{' || c === '[') {
        open.push(c === '{');
        i++;
        expect = c === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.message);
        i = end;
        expect = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(i, 'a number is written wrongly');
        i = NUMBER.lastIndex;
        expect = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fail(i, `expected a value, found ${describeChar(c)}`);
        i += word.length;
        expect = 'after';
      }
      afterComma = false;
    } else if (expect === 'key' || expect === 'firstKeyOrEnd') {
      if (c === '}' && (expect === 'firstKeyOrEnd' || afterComma)) {
        if (afterComma) return fail(i, "a comma before '}' is not allowed in JSON");
        open.pop();
        i++;
        expect = 'after';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.message);
        i = end;
        expect = 'colon';
      } else {
        return fail(i, `expected a name in double quotes, found ${describeChar(c)}`);
      }
      afterComma = false;
    } else if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ':' after a name, found ${describeChar(c)}`);
      i++;
      expect = 'value';
    } else {
      if (open.length === 0)
        return fail(i, `unexpected ${describeChar(c)} after the end of the data`);
      const inObject = open[open.length - 1]!;
      const close = inObject ? '}' : ']';
      if (c === ',') {
        i++;
        expect = inObject ? 'key' : 'value';
        afterComma = true;
      } else if (c === close) {
        open.pop();
        i++;
      } else {
        return fail(i, `expected ',' or '${close}', found ${describeChar(c)}`);
      }
    }
  }
}

/** Scans a string starting at its opening quote; returns the offset after its closing quote. */
function scanString(text: string, start: number): number | { offset: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        offset: i,
        message: 'a line break or control character inside text; write it as \\n',
      };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: 'a \\u escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next))
        return { offset: i, message: 'a backslash in text starts an unknown escape' };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: text.length, message: 'text in quotes is not closed before the file ends' };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function describeChar(c: string): string {
  return /^[\x21-\x7e]$/.test(c)
    ? `'${c}'`
    : `the character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
