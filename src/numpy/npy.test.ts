import { describe, expect, it } from 'vitest';
import { formatHeader, MAGIC } from './header';
import { readNpy, writeNpy } from './npy';
import { NpyError, type NpyArray } from './types';

const arrays: NpyArray[] = [
  { dtype: 'float32', shape: [2, 3], data: Float32Array.from([1.5, -2, 0, 3.25, 1e-8, -1e30]) },
  { dtype: 'float64', shape: [3], data: Float64Array.from([Math.PI, -0, 1e300]) },
  { dtype: 'int32', shape: [2, 1, 2], data: Int32Array.from([-2147483648, 7, 0, 2147483647]) },
  { dtype: 'int64', shape: [2], data: BigInt64Array.from([-(2n ** 62n), 9007199254740993n]) },
  { dtype: 'uint8', shape: [4], data: Uint8Array.from([0, 1, 128, 255]) },
  { dtype: 'bool', shape: [2, 2], data: Uint8Array.from([1, 0, 0, 1]) },
  { dtype: 'float32', shape: [], data: Float32Array.from([42]) },
  { dtype: 'float32', shape: [0, 5], data: new Float32Array(0) },
];

/** A file with the given header text and data bytes, laid out as NumPy does (version 1.0). */
function npyWith(header: string, data: Uint8Array = new Uint8Array(0), version = 1): Uint8Array {
  const text = new TextEncoder().encode(header);
  const prefix = version === 1 ? 10 : 12;
  const out = new Uint8Array(prefix + text.length + data.length);
  out.set(MAGIC, 0);
  out[6] = version;
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, text.length, true);
  else view.setUint32(8, text.length, true);
  out.set(text, prefix);
  out.set(data, prefix + text.length);
  return out;
}

describe('writeNpy and readNpy', () => {
  it.each(arrays.map((a) => [`${a.dtype} [${a.shape.join(',')}]`, a] as const))(
    'round-trips %s',
    (_label, array) => {
      const bytes = writeNpy(array);
      const back = readNpy(bytes);
      expect(back.dtype).toBe(array.dtype);
      expect(back.shape).toEqual(array.shape);
      expect(Array.from(back.data as ArrayLike<number | bigint>)).toEqual(
        Array.from(array.data as ArrayLike<number | bigint>),
      );
    },
  );

  it('starts the data at a multiple of 64 bytes, as NumPy requires', () => {
    const bytes = writeNpy(arrays[0]!);
    const headerLength = new DataView(bytes.buffer).getUint16(8, true);
    expect((10 + headerLength) % 64).toBe(0);
    expect(bytes[10 + headerLength - 1]).toBe(0x0a);
    expect(bytes.length).toBe(10 + headerLength + 6 * 4);
  });

  it('refuses an array whose shape does not match its values', () => {
    const wrong: NpyArray = { dtype: 'float32', shape: [2, 2], data: new Float32Array(3) };
    expect(() => writeNpy(wrong)).toThrow('Shape [2, 2] holds 4 values, but the array has 3.');
  });

  it('reads big-endian data and Fortran order as NumPy means them', () => {
    const data = new Uint8Array(6 * 4);
    const view = new DataView(data.buffer);
    // Column-major [2, 3]: memory holds (0,0) (1,0) (0,1) (1,1) (0,2) (1,2).
    [0, 3, 1, 4, 2, 5].forEach((v, i) => view.setInt32(i * 4, v, false));
    const bytes = npyWith("{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3), }\n", data);
    const back = readNpy(bytes);
    expect(back.shape).toEqual([2, 3]);
    expect(Array.from(back.data as Int32Array)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads version 2.0 headers', () => {
    const bytes = npyWith(
      "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }\n",
      new Uint8Array(new Float32Array([2.5]).buffer),
      2,
    );
    expect(Array.from(readNpy(bytes).data as Float32Array)).toEqual([2.5]);
  });

  it('writes version 2.0 when the header outgrows two length bytes', () => {
    const shape = Array.from({ length: 25_000 }, () => 1);
    const bytes = writeNpy({ dtype: 'uint8', shape, data: Uint8Array.from([9]) });
    expect(bytes[6]).toBe(2);
    expect(readNpy(bytes).shape).toEqual(shape);
  });
});

describe('readNpy on hostile input', () => {
  const header = (h: string) => `{'descr': '<f4', 'fortran_order': False, ${h} }\n`;
  const cases: [string, Uint8Array, string][] = [
    ['no magic', new TextEncoder().encode('PK\u0003\u0004 not numpy'), 'is not a NumPy .npy file'],
    ['an empty file', new Uint8Array(0), 'is not a NumPy .npy file'],
    [
      'version 9',
      (() => {
        const b = npyWith(header("'shape': (1,),"));
        b[6] = 9;
        return b;
      })(),
      'format version 9.0',
    ],
    [
      'a header length beyond the file',
      npyWith(header("'shape': (1,),")).subarray(0, 30),
      'ends inside its header',
    ],
    ['a header that is not a dict', npyWith('[1, 2, 3]\n'), 'not a dict literal'],
    [
      'a header without a shape',
      npyWith("{'descr': '<f4', 'fortran_order': False}\n"),
      "no 'shape'",
    ],
    [
      'a negative dimension',
      npyWith(header("'shape': (-1, 2),")),
      "shape entry '-1' is not a whole number",
    ],
    [
      'an unknown dtype',
      npyWith("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }\n"),
      "holds dtype '<c16'",
    ],
    [
      'an object dtype',
      npyWith("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }\n"),
      "holds dtype '|O'",
    ],
    [
      'truncated data',
      npyWith(header("'shape': (4,),"), new Uint8Array(8)),
      'is truncated: shape (4) of float32 needs 16 bytes of data, but 8 follow',
    ],
    [
      'a huge declared shape',
      npyWith(header("'shape': (100000, 100000, 100000),")),
      'declares shape (100000, 100000, 100000) of float32',
    ],
    [
      'a shape past safe integers',
      npyWith(header("'shape': (99999999999999999999,),")),
      'is too large',
    ],
    [
      'a bool that is neither 0 nor 1',
      npyWith(
        "{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }\n",
        Uint8Array.from([1, 7]),
      ),
      'bool value other than 0 or 1',
    ],
  ];
  it.each(cases)('refuses %s with a clear error', (_label, bytes, message) => {
    expect(() => readNpy(bytes, "'x.npy'")).toThrow(NpyError);
    expect(() => readNpy(bytes, "'x.npy'")).toThrow(message);
  });

  it('names the file in every message', () => {
    expect(() => readNpy(new Uint8Array(3), "'weights.npz' entry 'w'")).toThrow(
      "'weights.npz' entry 'w' is not a NumPy .npy file",
    );
  });

  it('applies a smaller byte limit when asked', () => {
    const bytes = writeNpy({ dtype: 'float64', shape: [100], data: new Float64Array(100) });
    expect(() => readNpy(bytes, 'x', { maxBytes: 799 })).toThrow('at most 799 are read');
    expect(readNpy(bytes, 'x', { maxBytes: 800 }).shape).toEqual([100]);
  });

  it('formats headers that parse back to the same fields', () => {
    const bytes = formatHeader({ descr: '<i8', fortranOrder: false, shape: [3, 0, 7] });
    const full = new Uint8Array(bytes.length);
    full.set(bytes);
    expect(readNpy(full).shape).toEqual([3, 0, 7]);
  });
});
