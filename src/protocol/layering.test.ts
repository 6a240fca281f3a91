/**
 * The protocol runs in the renderer as well as in Node: everything it loads, directly or through
 * other folders, must be free of tfjs, Node's modules and Node's globals.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** zod, and the message formatter the catalogs use: both plain JavaScript, for browsers and Node. */
const ALLOWED_PACKAGES = new Set(['zod', 'intl-messageformat']);
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm;
const NODE_GLOBALS = /\b(?:Buffer|process|require|__dirname|setImmediate)\b/;

/** Every file the protocol loads at run time: `import type` is erased and is not followed. */
function reachable(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const [, typeOnly, spec] of text.matchAll(IMPORT)) {
      if (typeOnly || !spec!.startsWith('.')) continue;
      const path = join(dirname(file), spec!);
      visit(existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts'));
    }
  };
  visit(entry);
  return files;
}

describe('what the protocol loads', () => {
  const files = reachable(join(SRC, 'protocol', 'index.ts'));

  it('follows imports into other folders', () => {
    const names = [...files.keys()].map((f) => relative(SRC, f));
    expect(names).toEqual(expect.arrayContaining(['protocol/throttle.ts', 'project/training.ts']));
  });

  it.each([...files.keys()].map((f) => relative(SRC, f)))(
    '%s loads only zod, the message formatter and files of src',
    (file) => {
      const text = files.get(join(SRC, file))!;
      for (const [, typeOnly, spec] of text.matchAll(IMPORT))
        if (!typeOnly && !spec!.startsWith('.')) expect(ALLOWED_PACKAGES).toContain(spec);
      // Comments may mention Node; code may not use its globals.
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(NODE_GLOBALS);
    },
  );
});
