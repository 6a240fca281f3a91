import { describe, expect, it } from 'vitest';
import { BatchAggregate } from './batchAggregate';
import { batchMessage } from './testing/messages';

describe('BatchAggregate', () => {
  it('weights each batch by its examples and keeps the newest position and rates', () => {
    const a = new BatchAggregate(
      batchMessage({ epoch: 2, batch: 1, examples: 30, loss: 1, acc: 0.2, samplesPerS: 100 }),
    );
    a.add(batchMessage({ epoch: 2, batch: 2, examples: 10, loss: 3, acc: 0.6, samplesPerS: 300 }));
    expect(a.message()).toMatchObject({
      epoch: 2,
      batch: 2,
      examples: 40,
      loss: (1 * 30 + 3 * 10) / 40,
      metrics: { acc: (0.2 * 30 + 0.6 * 10) / 40 },
      samplesPerS: 300,
    });
  });

  it('averages a metric over the batches that report it', () => {
    const first = { ...batchMessage({ epoch: 1, batch: 1, examples: 10, loss: 1, acc: 0 }) };
    const a = new BatchAggregate({ ...first, metrics: { mae: 4 } });
    a.add({ ...first, batch: 2, examples: 30, metrics: { mae: 0, mse: 9 } });
    expect(a.message().metrics).toEqual({ mae: (4 * 10) / 40, mse: 9 });
  });

  it('keeps a metric named like an Object property as plain data', () => {
    const first = batchMessage({ epoch: 1, batch: 1, examples: 1, loss: 1, acc: 0 });
    const metrics = JSON.parse('{"__proto__": 2, "toString": 3}') as Record<string, number>;
    const a = new BatchAggregate({ ...first, metrics });
    a.add({ ...first, batch: 2, metrics });
    const out = a.message();
    expect(Object.getPrototypeOf(out.metrics)).toBe(Object.prototype);
    expect(Object.entries(out.metrics)).toEqual([
      ['__proto__', 2],
      ['toString', 3],
    ]);
  });

  it.each([
    { name: 'the same run and epoch', runId: 'run-1', epoch: 1, accepts: true },
    { name: 'another epoch', runId: 'run-1', epoch: 2, accepts: false },
    { name: 'another run', runId: 'run-2', epoch: 1, accepts: false },
  ])('folds in $name: $accepts', ({ runId, epoch, accepts }) => {
    const a = new BatchAggregate(
      batchMessage({ epoch: 1, batch: 1, examples: 1, loss: 1, acc: 0 }),
    );
    expect(a.accepts(batchMessage({ runId, epoch, batch: 2, examples: 1, loss: 1, acc: 0 }))).toBe(
      accepts,
    );
  });
});
