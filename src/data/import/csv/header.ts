/**
 * Whether the first row of a CSV file names its columns. Decided from that row and a sample of the
 * rows after it, as Python's csv.Sniffer does: a header is text where the data below is numbers, or,
 * in a file of text only, values that never occur again in their column.
 */
import { readCell } from './cells';

export function looksLikeHeader(first: readonly string[], sample: readonly string[][]): boolean {
  const firstCells = first.map(readCell);
  if (firstCells.some((c) => c.kind === 'number')) return false;
  if (sample.length === 0) return firstCells.every((c) => c.kind === 'text');
  for (let col = 0; col < first.length; col++) {
    if (firstCells[col]!.kind !== 'text') continue;
    let numbers = 0;
    let texts = 0;
    for (const row of sample) {
      const kind = readCell(row[col] ?? '').kind;
      if (kind === 'number') numbers++;
      else if (kind === 'text') texts++;
    }
    if (numbers > texts) return true;
  }
  const names = first.map((v) => v.trim());
  if (new Set(names).size !== names.length) return false;
  return names.every(
    (name, col) => name !== '' && sample.every((row) => (row[col] ?? '').trim() !== name),
  );
}
