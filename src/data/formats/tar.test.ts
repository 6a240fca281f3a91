import { describe, expect, it } from 'vitest';
import { DatasetError } from '../errors';
import { encodeTar, TarReader, type TarEntry } from './tar';

const encoder = new TextEncoder();
const files: TarEntry[] = [
  { name: 'dir/a.bin', data: Uint8Array.from({ length: 700 }, (_, i) => i % 251) },
  { name: 'dir/skip.txt', data: encoder.encode('not wanted') },
  { name: 'dir/empty', data: new Uint8Array(0) },
  { name: 'dir/b.txt', data: encoder.encode('exactly five hundred and twelve'.padEnd(512, '.')) },
];

function read(bytes: Uint8Array, chunk: number, keep = (n: string) => !n.includes('skip')) {
  const reader = new TarReader({ keep, maxEntryBytes: 1_000, archiveName: 'test.tar' });
  for (let at = 0; at < bytes.length; at += chunk) reader.push(bytes.subarray(at, at + chunk));
  return reader.finish();
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  return expect.fail('expected a refusal');
}

describe('TarReader', () => {
  it.each([1, 7, 512, 100_000])('keeps the wanted members, fed %i bytes at a time', (chunk) => {
    const entries = read(encodeTar(files), chunk);
    expect(entries.map((e) => e.name)).toEqual(['dir/a.bin', 'dir/empty', 'dir/b.txt']);
    expect(entries[0]!.data).toEqual(files[0]!.data);
    expect(entries[2]!.data).toEqual(files[3]!.data);
  });

  it('refuses an archive cut short, naming the member', () => {
    const bytes = encodeTar(files).subarray(0, 900);
    expect(refusal(() => read(bytes, 64))).toBe(
      "test.tar ends in the middle of the archive inside 'dir/a.bin', after 900 bytes: the file is incomplete.",
    );
  });

  it('refuses a header whose checksum does not match', () => {
    const bytes = encodeTar(files);
    bytes[10] = 'x'.charCodeAt(0);
    expect(refusal(() => read(bytes, 512))).toBe(
      'test.tar is not a valid tar archive: the header at byte 0 fails its checksum.',
    );
  });

  it('refuses a wanted member larger than the bound, before storing it', () => {
    const big = encodeTar([{ name: 'big', data: new Uint8Array(5_000) }]);
    expect(refusal(() => read(big, 512))).toBe(
      "test.tar: the member 'big' is 5,000 bytes, more than the 1,000 expected.",
    );
    // Unwanted, the same member is skipped.
    expect(read(big, 512, () => false)).toEqual([]);
  });
});
