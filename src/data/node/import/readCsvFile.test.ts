import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from './readCsvFile';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'nc-csv-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readCsvFile', () => {
  it('reads a file with a byte order mark, CRLF lines, blank lines and a quoted line break', async () => {
    const path = join(dir, 'quirks.csv');
    const text =
      '\ufeffname,"long\r\nnote",value\r\na,"x, y",1\r\n\r\nb,"two\r\nlines",2\r\nc,z\r\nd,w,4\r\n';
    await writeFile(path, text);
    const fractions: number[] = [];
    const table = await readCsvFile(path, { header: 'auto', badRows: 'skip' }, (f) =>
      fractions.push(f),
    );
    expect(table.columnNames).toEqual(['name', 'long\r\nnote', 'value']);
    expect(table.rowCount).toBe(3);
    // The header spans lines 1–2; a blank line 4; 'b' spans lines 5–6; 'c' (line 7) is short.
    expect([...table.lines]).toEqual([3, 5, 8]);
    expect(table.badRows).toEqual([{ line: 7, reason: '2 fields where the first row has 3' }]);
    expect(fractions.at(-1)).toBe(1);
  });

  it('streams a file of many chunks into the same columns as the text holds', async () => {
    const path = join(dir, 'large.csv');
    const rows = ['a,b'];
    for (let i = 0; i < 200_000; i++) rows.push(`${i},${i % 7}`);
    await writeFile(path, rows.join('\n'));
    const table = await readCsvFile(path, { header: 'auto', badRows: 'stop' });
    expect(table.rowCount).toBe(200_000);
    expect(table.columns[0]!.numbers.values()[199_999]).toBe(199_999);
    expect(table.columns[0]!.codes).toBeNull();
    expect(table.columns[1]!.dictionary.size).toBe(7);
    expect(table.lines[199_999]).toBe(200_001);
  });

  it.each([
    ['missing.csv', null, /was not found/],
    ['empty.csv', '', /The file holds no rows: it is empty/],
    ['header-only.csv', 'a,b\n', /no data rows/],
  ])('explains %s', async (name, content, message) => {
    const path = join(dir, name);
    if (content !== null) await writeFile(path, content);
    await expect(readCsvFile(path, { header: 'yes', badRows: 'skip' })).rejects.toThrow(message);
  });

  it('stops at an unclosed quote when asked', async () => {
    const path = join(dir, 'quote.csv');
    await writeFile(path, 'a,b\n1,2\n3,"4\n');
    await expect(readCsvFile(path, { header: 'auto', badRows: 'stop' })).rejects.toThrow(
      /^Line 3 is malformed: a quoted field is never closed/,
    );
  });
});
