import { describe, expect, it } from 'vitest';
import {
  I32,
  instantiate,
  isSharedMemory,
  moduleBytes,
  op,
  sleb,
  uleb,
  type WasmMemory,
} from './wasmBinary';

describe('LEB128', () => {
  it.each([
    { n: 0, bytes: [0x00] },
    { n: 127, bytes: [0x7f] },
    { n: 128, bytes: [0x80, 0x01] },
    { n: 624485, bytes: [0xe5, 0x8e, 0x26] },
  ])('unsigned $n', ({ n, bytes }) => expect(uleb(n)).toEqual(bytes));

  it.each([
    { n: 0, bytes: [0x00] },
    { n: -1, bytes: [0x7f] },
    { n: 63, bytes: [0x3f] },
    { n: 64, bytes: [0xc0, 0x00] },
    { n: -64, bytes: [0x40] },
    { n: -123456, bytes: [0xc0, 0xbb, 0x78] },
  ])('signed $n', ({ n, bytes }) => expect(sleb(n)).toEqual(bytes));
});

describe('moduleBytes', () => {
  it('builds a module that runs on an imported memory', () => {
    // store(address, f32x4(1.5, …) + f32x4(2, …)): 3.5 in four lanes.
    const bytes = moduleBytes([
      {
        exportName: 'fill',
        params: [I32],
        locals: [],
        body: [
          op.get(0),
          op.f32x4([1.5, 1.5, 1.5, 1.5]),
          op.f32x4([2, 2, 2, 2]),
          op.f32x4Add,
          op.store,
        ],
      },
    ]);
    const memory = new (
      globalThis as unknown as {
        WebAssembly: { Memory: new (d: { initial: number }) => WasmMemory };
      }
    ).WebAssembly.Memory({ initial: 1 });
    const fill = instantiate(bytes, memory)!.fill as (address: number) => void;
    fill(16);
    expect(Array.from(new Float32Array(memory.buffer, 0, 12))).toEqual([
      0, 0, 0, 0, 3.5, 3.5, 3.5, 3.5, 0, 0, 0, 0,
    ]);
  });
});

describe("moduleBytes on a shared memory (the multi-threaded backend's)", () => {
  const Memory = (
    globalThis as unknown as {
      WebAssembly: {
        Memory: new (d: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
      };
    }
  ).WebAssembly.Memory;
  // store(address, i32 7)
  const store7 = [op.get(0), op.i32(7), [0x36, 0x02, 0x00]];
  const spec = [{ exportName: 'store', params: [I32], locals: [], body: store7 }];

  it.each([
    { memory: 'ordinary', module: 'ordinary', runs: true },
    { memory: 'shared', module: 'shared', runs: true },
    { memory: 'shared', module: 'ordinary', runs: false },
    { memory: 'ordinary', module: 'shared', runs: false },
  ])('a $module import on an $memory memory: runs $runs', ({ memory, module, runs }) => {
    const shared = memory === 'shared';
    const mem = new Memory({ initial: 1, ...(shared ? { maximum: 4, shared: true } : {}) });
    expect(isSharedMemory(mem)).toBe(shared);
    const bytes = moduleBytes(spec, { sharedMemory: module === 'shared' });
    if (!runs) {
      expect(() => instantiate(bytes, mem)).toThrow(/memory/i);
      return;
    }
    (instantiate(bytes, mem)!.store as (address: number) => void)(8);
    expect(new Int32Array(mem.buffer, 0, 3)[2]).toBe(7);
  });
});
