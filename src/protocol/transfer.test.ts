import { describe, expect, it } from 'vitest';
import { hostMessages, trainerMessages } from './testing/messages';
import { transferables } from './transfer';

describe('transferables', () => {
  it('lists the buffer of every typed array, wherever it sits', () => {
    const start = hostMessages().start;
    expect(transferables(start)).toEqual(start.weights!.n2!.map((t) => t.values.buffer));
    const acts = trainerMessages().activations;
    expect(transferables(acts)).toEqual(acts.layers.map((l) => l.data.buffer));
    const epoch = trainerMessages().epoch;
    const predictions = epoch.predictions!;
    expect(transferables(epoch)).toEqual([
      epoch.confusion!.values.buffer,
      ...[
        predictions.indices,
        predictions.actual,
        predictions.predicted,
        predictions.confidence,
      ].map((a) => a.buffer),
    ]);
  });

  it('lists nothing for a message without typed arrays', () => {
    expect(transferables(hostMessages().pause)).toEqual([]);
    expect(transferables(trainerMessages().batch)).toEqual([]);
  });

  it('lists a buffer shared by two arrays once, so postMessage accepts the list', () => {
    const values = new Float32Array(6);
    const weights = {
      ...trainerMessages().weights,
      weights: { a: [{ name: 'k', shape: [6], values }], b: [{ name: 'k', shape: [6], values }] },
    };
    expect(transferables(weights)).toEqual([values.buffer]);
    expect(() => structuredClone(weights, { transfer: transferables(weights) })).not.toThrow();
  });

  it('copies rather than moves an array that views part of a larger buffer', () => {
    const pool = new ArrayBuffer(1024);
    const part = new Uint8Array(pool, 16, 8);
    const acts = trainerMessages().activations;
    const message = { ...acts, layers: [{ ...acts.layers[0]!, data: part }] };
    expect(transferables(message)).toEqual([]);
    structuredClone(message, { transfer: transferables(message) });
    expect(pool.byteLength).toBe(1024);
  });

  it('leaves out shared memory, which cannot be transferred', () => {
    const shared = new Float32Array(new SharedArrayBuffer(64 * 64 * 4));
    expect(transferables({ ...trainerMessages().boundary, values: shared })).toEqual([]);
  });
});
