import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../errors';
import { encodeIdx, parseIdx, readIdxHeader, type IdxArray } from './idx';
import { gunzipBounded, parseIdxFile } from './idxFile';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe('corrupt');
    return (error as Error).message;
  }
  return expect.fail('expected the file to be refused');
}

/** The bytes of an IDX file written by hand, byte by byte, as the format describes. */
function handWritten(): Uint8Array {
  // uint8, 2 dimensions: [2, 3], then 6 values.
  return Uint8Array.from([0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 250, 251, 255]);
}

describe('parseIdx', () => {
  it('reads a file laid out as the format describes', () => {
    const parsed = parseIdx(handWritten());
    expect(parsed.type).toBe('uint8');
    expect(parsed.shape).toEqual([2, 3]);
    expect([...parsed.data]).toEqual([1, 2, 3, 250, 251, 255]);
  });

  it('reads multi-byte values as big-endian', () => {
    // int16 [2]: 0x0102 = 258 and 0xfffe = -2; int32 [1]: 0x00010000 = 65536.
    const int16 = Uint8Array.from([0, 0, 0x0b, 1, 0, 0, 0, 2, 0x01, 0x02, 0xff, 0xfe]);
    expect([...parseIdx(int16).data]).toEqual([258, -2]);
    const int32 = Uint8Array.from([0, 0, 0x0c, 1, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect([...parseIdx(int32).data]).toEqual([65536]);
    // float32 1.5 is 0x3fc00000.
    const float32 = Uint8Array.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 0x3f, 0xc0, 0, 0]);
    expect([...parseIdx(float32).data]).toEqual([1.5]);
  });

  it.each<IdxArray>([
    {
      type: 'uint8',
      shape: [3, 2, 2],
      data: Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]),
    },
    { type: 'int8', shape: [4], data: Int8Array.from([-128, -1, 0, 127]) },
    { type: 'int16', shape: [2, 2], data: Int16Array.from([-32768, -1, 7, 32767]) },
    { type: 'int32', shape: [3], data: Int32Array.from([-2147483648, 12345678, 2147483647]) },
    { type: 'float32', shape: [2], data: Float32Array.from([-0.25, 3.5e10]) },
    { type: 'float64', shape: [1, 2], data: Float64Array.from([Math.PI, -1e-300]) },
  ])('writes and reads back $type values', (array) => {
    const parsed = parseIdx(encodeIdx(array));
    expect(parsed.type).toBe(array.type);
    expect(parsed.shape).toEqual(array.shape);
    expect(parsed.data).toEqual(array.data);
  });

  it('does not share memory with the bytes it read', () => {
    const bytes = handWritten();
    const parsed = parseIdx(bytes);
    bytes[12] = 99;
    expect(parsed.data[0]).toBe(1);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'is 0 bytes long, shorter than the 4-byte IDX header'],
    [
      'a file with another magic number',
      Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]),
      'should start with two zero bytes, but starts with 0x50 0x4b',
    ],
    [
      'an unknown type code',
      Uint8Array.from([0, 0, 0x0a, 1, 0, 0, 0, 0]),
      'unknown value type 0x0a at byte 2',
    ],
    ['no dimensions', Uint8Array.from([0, 0, 0x08, 0]), 'declares 0 dimensions at byte 3'],
    [
      'a header cut short',
      Uint8Array.from([0, 0, 0x08, 3, 0, 0, 0, 1]),
      'declares 3 dimensions, whose sizes need bytes 4 to 15, but the file is only 8 bytes long',
    ],
    [
      'values cut short',
      handWritten().subarray(0, 16),
      'is truncated: shape [2, 3] of uint8 needs 18 bytes, but it has 16',
    ],
    [
      'bytes after the values',
      Uint8Array.from([...handWritten(), 0]),
      'is longer than its header says: shape [2, 3] of uint8 needs 18 bytes, but it has 19',
    ],
    [
      'gzip data',
      gzipSync(handWritten()),
      'is still gzip-compressed (it starts with 1f 8b); decompress it first',
    ],
  ])('refuses %s, saying what is wrong', (_, bytes, message) => {
    const text = refusal(() => parseIdx(bytes, { name: 'digits.idx' }));
    expect(text.startsWith('digits.idx ')).toBe(true);
    expect(text).toContain(message);
  });

  it('refuses a declared size beyond the bound before allocating it', () => {
    // [65535, 65535, 65535] would be 2.8 · 10^14 bytes; the file itself is 16 bytes.
    const huge = Uint8Array.from([0, 0, 0x08, 3, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255]);
    expect(refusal(() => readIdxHeader(huge))).toMatch(
      /declares shape \[65535, 65535, 65535\], 281,462,092,005,375 values, more than the 200,000,000 accepted/,
    );
    expect(refusal(() => parseIdx(handWritten(), { maxValues: 5 }))).toMatch(
      /6 values, more than the 5 accepted/,
    );
  });
});

describe('parseIdxFile', () => {
  it('reads gzip-compressed and raw files alike', () => {
    const raw = handWritten();
    expect(parseIdxFile(gzipSync(raw)).data).toEqual(parseIdx(raw).data);
    expect(parseIdxFile(raw).shape).toEqual([2, 3]);
  });

  it('refuses broken gzip data, naming the file', () => {
    const broken = gzipSync(handWritten()).slice(0, 12);
    expect(refusal(() => parseIdxFile(broken, { name: 'labels.gz' }))).toMatch(
      /^labels\.gz is not valid gzip data: /,
    );
  });

  it('stops inflating once the output passes the bound', () => {
    const bomb = gzipSync(new Uint8Array(4_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(() => gunzipBounded(bomb, 1_000_000, 'bomb.gz'))).toBe(
      'bomb.gz decompresses to more than 1,000,000 bytes, more than accepted.',
    );
    expect(gunzipBounded(bomb, 4_000_000, 'bomb.gz')).toHaveLength(4_000_000);
  });
});
