/**
 * The renderer loads the client of the renderer ↔ host messages in the browser: everything the
 * client loads, directly or through other folders, must be free of Node's modules and globals.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm;
const NODE_GLOBALS = /\b(?:Buffer|process|require|__dirname|setImmediate)\b/;

/** `./x` is `x.ts`, or a folder's `x/index.ts`. */
function sourceOf(path: string): string {
  return existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts');
}

/** Packages that run in any browser: zod, and the message formatter of the catalogs. */
const BROWSER_PACKAGES = new Set(['zod', 'intl-messageformat']);

function reachable(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const [, typeOnly, spec] of text.matchAll(IMPORT))
      if (!typeOnly && spec!.startsWith('.')) visit(sourceOf(join(dirname(file), spec!)));
  };
  visit(entry);
  return files;
}

describe('what the renderer client loads', () => {
  const files = reachable(join(SRC, 'protocol', 'rendererClient.ts'));

  it('includes the codec, the parser and the trainer protocol', () => {
    expect([...files.keys()].map((f) => relative(SRC, f))).toEqual(
      expect.arrayContaining([
        'protocol/rendererCodec.ts',
        'protocol/rendererParse.ts',
        'protocol/parse.ts',
      ]),
    );
  });

  it.each([...files.keys()].map((f) => relative(SRC, f)))(
    '%s loads only src/ and browser packages',
    (file) => {
      const text = files.get(join(SRC, file))!;
      for (const [, typeOnly, spec] of text.matchAll(IMPORT))
        if (!typeOnly && !spec!.startsWith('.')) expect(BROWSER_PACKAGES, spec).toContain(spec);
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(NODE_GLOBALS);
    },
  );
});
