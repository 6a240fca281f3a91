import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeNpy } from './npy';
import { readNpz, writeNpz } from './npz';
import { NpyError, type NpyArray } from './types';

const weight: NpyArray = { dtype: 'float32', shape: [2, 2], data: Float32Array.from([1, 2, 3, 4]) };
const labels: NpyArray = { dtype: 'int64', shape: [3], data: BigInt64Array.from([0n, 2n, 1n]) };

describe('writeNpz and readNpz', () => {
  it.each([false, true])('round-trips arrays by name (compressed: %s)', (compress) => {
    const bytes = writeNpz({ 'dense.weight': weight, labels }, { compress });
    const back = readNpz(bytes);
    expect([...back.keys()]).toEqual(['dense.weight', 'labels']);
    expect(Array.from(back.get('dense.weight')!.data as Float32Array)).toEqual([1, 2, 3, 4]);
    expect(back.get('labels')!.data).toEqual(labels.data);
  });

  it('accepts a Map and keeps its order', () => {
    const bytes = writeNpz(
      new Map<string, NpyArray>([
        ['b', weight],
        ['a', labels],
      ]),
    );
    expect([...readNpz(bytes).keys()]).toEqual(['b', 'a']);
  });

  it('refuses names that would escape the archive', () => {
    expect(() => writeNpz({ '../x': weight })).toThrow("'../x' is not a usable array name");
  });
});

describe('readNpz on hostile input', () => {
  it('refuses bytes that are not a ZIP archive', () => {
    expect(() => readNpz(strToU8('hello'), "'data.npz'")).toThrow(
      "'data.npz' is not a readable .npz (ZIP) archive",
    );
  });

  it('refuses an entry that is not an array', () => {
    const bytes = zipSync({ 'notes.txt': strToU8('hi') });
    expect(() => readNpz(bytes, "'data.npz'")).toThrow(
      "'data.npz' holds 'notes.txt', which is not a .npy array.",
    );
  });

  it('names the entry whose array is broken', () => {
    const good = writeNpy(weight);
    const bytes = zipSync({ 'w.npy': good.subarray(0, good.length - 4) }, { level: 0 });
    expect(() => readNpz(bytes, "'weights.npz'")).toThrow("'weights.npz' entry 'w' is truncated");
  });

  it('refuses an archive that unpacks beyond the limit before unpacking it', () => {
    // 4 MB of zeros deflate to a few kB: a small file that declares a large size.
    const big: NpyArray = { dtype: 'uint8', shape: [4_000_000], data: new Uint8Array(4_000_000) };
    const bytes = writeNpz({ big }, { compress: true });
    expect(bytes.length).toBeLessThan(100_000);
    expect(() => readNpz(bytes, "'bomb.npz'", { maxBytes: 1_000_000 })).toThrow(NpyError);
    expect(() => readNpz(bytes, "'bomb.npz'", { maxBytes: 1_000_000 })).toThrow(
      "'bomb.npz' unpacks to more than 1000000 bytes (at entry 'big.npy')",
    );
  });
});
