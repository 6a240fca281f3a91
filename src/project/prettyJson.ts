/**
 * JSON with two-space indentation, like `JSON.stringify(value, null, 2)`, except that short lists of
 * plain values stay on one line (`"shape": [28, 28, 1]`), which keeps project files readable and
 * their diffs small. Refuses numbers JSON cannot hold instead of writing them as null.
 */
import { formatPath, type JsonPath } from './paths';

const MAX_INLINE_LENGTH = 80;

export function prettyJson(value: unknown): string {
  const out: string[] = [];
  write(value, '', [], out);
  return out.join('');
}

function write(value: unknown, indent: string, path: (string | number)[], out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(primitive(value, path));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const line = `[${value.map((v, i) => primitive(v, [...path, i])).join(', ')}]`;
      if (line.length <= MAX_INLINE_LENGTH) {
        out.push(line);
        return;
      }
    }
    out.push('[\n');
    value.forEach((item, i) => {
      out.push(inner);
      path.push(i);
      write(item, inner, path, out);
      path.pop();
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  entries.forEach(([key, item], i) => {
    out.push(`${inner}${JSON.stringify(key)}: `);
    path.push(key);
    write(item, inner, path, out);
    path.pop();
    out.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  out.push(`${indent}}`);
}

function primitive(value: unknown, path: JsonPath): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`${formatPath(path)}: ${value} cannot be written to a project file`);
  }
  if (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'string'
  ) {
    return JSON.stringify(value);
  }
  throw new Error(`${formatPath(path)}: a ${typeof value} cannot be written to a project file`);
}
