/**
 * The dataset code outside `node/` must run in a browser too: it may not reach Node's built-ins,
 * `node/` itself, tfjs or UI frameworks. Checked on the import lines of every source file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function importedModules(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `import x from 'm'`, `export … from 'm'`, `import 'm'` and `import('m')`.
  const patterns = [
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

const FORBIDDEN = [
  /^node:/,
  /^(fs|path|module|os|child_process|worker_threads)$/,
  /(^|\/)node(\/|$)/,
  /^@tensorflow\//,
  /^(react|react-dom|zustand|electron)$/,
  /\/(compiler|train|host)\//,
];

describe('the framework-free dataset code', () => {
  const files = sources(root);

  it('is found', () => {
    expect(files.map((f) => relative(root, f))).toContain('registry.ts');
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports nothing Node-only', (_, file) => {
    const bad = importedModules(file).filter((m) => FORBIDDEN.some((rule) => rule.test(m)));
    expect(bad).toEqual([]);
  });
});
