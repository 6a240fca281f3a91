/**
 * Files written here load in real NumPy with the same dtypes, shapes and values, and files NumPy
 * writes (np.save, np.savez, np.savez_compressed, Fortran order) read back here. One Python process
 * checks everything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNpy, writeNpy } from './npy';
import { readNpz, writeNpz } from './npz';
import type { NpyArray } from './types';
import { missingPython, runPython } from './testing/python';

const missing = missingPython(['numpy']);

const arrays: Record<string, NpyArray> = {
  f32: {
    dtype: 'float32',
    shape: [2, 3],
    data: Float32Array.from([1.5, -2, 0, 3.25, 1e-8, -1e30]),
  },
  f64: { dtype: 'float64', shape: [3], data: Float64Array.from([Math.PI, -0.5, 1e300]) },
  i32: { dtype: 'int32', shape: [2, 1, 2], data: Int32Array.from([-2147483648, 7, 0, 2147483647]) },
  i64: { dtype: 'int64', shape: [2], data: BigInt64Array.from([-(2n ** 62n), 2n ** 53n - 1n]) },
  u8: { dtype: 'uint8', shape: [4], data: Uint8Array.from([0, 1, 128, 255]) },
  flags: { dtype: 'bool', shape: [2, 2], data: Uint8Array.from([1, 0, 0, 1]) },
  scalar: { dtype: 'float32', shape: [], data: Float32Array.from([42]) },
  empty: { dtype: 'float32', shape: [0, 5], data: new Float32Array(0) },
};

// What NumPy should see for each array: its dtype name, shape and values as Python literals.
const CHECK = `
import json, sys
import numpy as np

folder = sys.argv[1]
expected = json.load(open(folder + "/expected.json"))

def same(name, array):
    want = expected[name]
    assert str(array.dtype) == want["dtype"], (name, array.dtype)
    assert list(array.shape) == want["shape"], (name, array.shape)
    # Whole numbers travel as text: JSON numbers are doubles, which cannot hold every int64.
    values = [str(v) if want["dtype"].startswith(("int", "uint")) else v for v in array.ravel().tolist()]
    assert values == want["values"], (name, values, want["values"])

for name in expected:
    same(name, np.load(folder + "/" + name + ".npy"))
for file in ("stored.npz", "deflated.npz"):
    with np.load(folder + "/" + file) as archive:
        assert sorted(archive.files) == sorted(expected), archive.files
        for name in expected:
            same(name, archive[name])

# Files NumPy writes, for the reader here.
grid = np.arange(12, dtype=np.float32).reshape(3, 4) / 4
np.save(folder + "/from_numpy.npy", grid)
np.save(folder + "/fortran.npy", np.asfortranarray(grid.astype(np.float64)))
np.savez(folder + "/from_savez.npz", grid=grid, labels=np.array([3, 1, 2], dtype=np.int64))
np.savez_compressed(folder + "/from_compressed.npz", mask=np.array([[True, False]]), grid=grid)
print("ok")
`;

describe.skipIf(missing !== null)(
  `NumPy round trip${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'npy-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('writes files NumPy loads, and reads the files NumPy writes', () => {
      const expected: Record<string, unknown> = {};
      for (const [name, array] of Object.entries(arrays)) {
        writeFileSync(join(folder, `${name}.npy`), writeNpy(array));
        const values = Array.from(array.data as ArrayLike<number | bigint>, (v) =>
          array.dtype === 'bool' ? v === 1 : /int/.test(array.dtype) ? String(v) : v,
        );
        expected[name] = { dtype: array.dtype, shape: array.shape, values };
      }
      writeFileSync(join(folder, 'stored.npz'), writeNpz(arrays));
      writeFileSync(join(folder, 'deflated.npz'), writeNpz(arrays, { compress: true }));
      writeFileSync(join(folder, 'expected.json'), JSON.stringify(expected));
      writeFileSync(join(folder, 'check.py'), CHECK);

      const run = runPython([join(folder, 'check.py'), folder]);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('ok');

      const grid = Array.from({ length: 12 }, (_, i) => i / 4);
      const single = readNpy(readFileSync(join(folder, 'from_numpy.npy')));
      expect(single.dtype).toBe('float32');
      expect(single.shape).toEqual([3, 4]);
      expect(Array.from(single.data as Float32Array)).toEqual(grid);
      const fortran = readNpy(readFileSync(join(folder, 'fortran.npy')));
      expect(fortran.dtype).toBe('float64');
      expect(Array.from(fortran.data as Float64Array)).toEqual(grid);
      const savez = readNpz(readFileSync(join(folder, 'from_savez.npz')));
      expect(savez.get('labels')!.data).toEqual(BigInt64Array.from([3n, 1n, 2n]));
      const compressed = readNpz(readFileSync(join(folder, 'from_compressed.npz')));
      expect(compressed.get('mask')).toEqual({
        dtype: 'bool',
        shape: [1, 2],
        data: Uint8Array.from([1, 0]),
      });
      expect(Array.from(compressed.get('grid')!.data as Float32Array)).toEqual(grid);
    });
  },
);
