/**
 * Text the user reads belongs in the message catalogs, where it exists in every language. This
 * fails on words written straight into components: JSX text, string literals shown as children,
 * and the attributes assistive technology reads out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The renderer's components. */
const ROOT = join(__dirname, '..', '..', 'app', 'src');
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Words that are the same in every language. */
const ALLOWED = new Set(['NeuroCanvas']);
const WORDS = /[A-Za-z\u0400-\u04ff]{2,}/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

function shown(text: string): boolean {
  const trimmed = text.trim();
  return WORDS.test(trimmed) && !ALLOWED.has(trimmed);
}

/** String literals an expression can evaluate to, through conditionals and `??`/`||`. */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...literalsOf(node.left), ...literalsOf(node.right)];
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return (node as ts.StringLiteral).text;
}

export function findLiterals(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && shown(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of literalsOf(node.expression))
        if (shown(literalText(literal))) report(literal, literalText(literal));
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literals = !init
        ? []
        : ts.isStringLiteral(init)
          ? [init]
          : ts.isJsxExpression(init) && init.expression
            ? literalsOf(init.expression)
            : [];
      for (const literal of literals)
        if (shown(literalText(literal))) report(literal, literalText(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-facing text in components', () => {
  it('finds words written into JSX text, children and read-out attributes', () => {
    const sample = `const A = () => (<div title="Close" aria-label={open ? 'Hide' : t('x')} className="big">
      Hello {'world'} {count} • <b>{t('y')}</b></div>);`;
    expect(findLiterals(join(ROOT, 'sample.tsx'), sample).map((f) => f.split(': ')[1])).toEqual([
      '"Close"',
      '"Hide"',
      '"Hello"',
      '"world"',
    ]);
  });

  it('comes from the message catalogs in every component', () => {
    const found = componentFiles(ROOT).flatMap((path) =>
      findLiterals(path, readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
