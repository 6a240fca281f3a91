import { describe, expect, it } from 'vitest';
import { loadTf } from '../../compiler/tf';
import { benchBackends } from './bench';
import { selectBackend } from './select';

describe('benchBackends', () => {
  it('trains both reference models on the requested backend and reports samples per second', async () => {
    const tf = await loadTf();
    await selectBackend({ requested: 'cpu' });
    const tensorsBefore = tf.memory().numTensors;
    const results = await benchBackends({
      backends: ['wasm'],
      batches: 2,
      warmup: 1,
      batchSize: 8,
    });
    expect(results.map((r) => [r.backend, r.model, r.batches, r.batchSize])).toEqual([
      ['wasm', 'mlp', 2, 8],
      ['wasm', 'cnn', 2, 8],
    ]);
    for (const r of results) {
      expect(r.samplesPerSecond).toBeCloseTo((r.batches * r.batchSize) / r.seconds, 6);
      expect(Number.isFinite(r.samplesPerSecond) && r.samplesPerSecond > 0).toBe(true);
    }
    // It leaves the process as it found it: same backend, no tensors left over.
    expect(tf.getBackend()).toBe('cpu');
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
