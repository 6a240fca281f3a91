/** Plain-text rendering for the command line. */
import type { Problem } from '../graph/problems';
import type { ModelSummary } from '../graph/summary';

const n = (x: number) => x.toLocaleString('en-US');

/** Keras writes shapes as tuples with the batch dimension: (None, 28, 28, 32). */
function shapeText(shape: number[] | null): string {
  return shape === null ? '?' : `(None, ${shape.join(', ')})`;
}

/** A compact count: 61.1M, 4.3G. */
export function compact(x: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) if (x >= size) return `${(x / size).toFixed(1)}${suffix}`;
  return String(x);
}

export function summaryTable(title: string, s: ModelSummary): string {
  const rows = s.layers.map((l) => [
    `${l.name} (${l.type})`,
    shapeText(l.outputShape),
    n(l.params),
  ]);
  const header = ['Layer (type)', 'Output shape', 'Param #'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('   ');
  const rule = (ch: string) => ch.repeat(widths.reduce((a, b) => a + b, 0) + 6);
  return [
    `Model: ${title}`,
    rule('─'),
    line(header),
    rule('═'),
    ...rows.map(line),
    rule('═'),
    `Total params: ${n(s.totalParams)}`,
    `Trainable params: ${n(s.trainableParams)}`,
    `Non-trainable params: ${n(s.nonTrainableParams)}`,
    `FLOPs (multiply-adds per example): ${n(s.flops)} (${compact(s.flops)})`,
    rule('─'),
  ].join('\n');
}

export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity}: ${p.message}${p.fix ? ` [fix: ${p.fix.label}]` : ''}`);
}
