import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/graph/analyze';
import { chain } from '../../../src/graph/testing/build';
import { estimateMemory, formatBytes } from './memory';

describe('memory estimate', () => {
  // Input [4] → Dense 3 → Output: 4·3 + 3 = 15 weights; outputs of 4 and 3 values per example.
  const graph = chain(['Input', { shape: [4] }], ['Dense', { units: 3 }], 'Output');
  const analysis = analyzeGraph(graph);

  it('counts weights, gradients, optimizer state and activations', () => {
    const m = estimateMemory(graph, analysis, { batchSize: 10, optimizer: 'adam', momentum: 0 });
    expect(m.weights).toBe(15 * 4);
    expect(m.training).toBe(15 * 3 * 4);
    expect(m.activations).toBe((4 + 3) * 10 * 2 * 4);
    expect(m.total).toBe(m.weights + m.training + m.activations);
  });

  it('gives plain SGD no optimizer state, and SGD with momentum one value per weight', () => {
    const plain = estimateMemory(graph, analysis, { batchSize: 1, optimizer: 'sgd', momentum: 0 });
    const heavy = estimateMemory(graph, analysis, {
      batchSize: 1,
      optimizer: 'sgd',
      momentum: 0.9,
    });
    expect(plain.training).toBe(15 * 4);
    expect(heavy.training).toBe(15 * 2 * 4);
  });

  it('writes sizes readably', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(2.5e9)).toBe('2.5 GB');
  });

  it.each([
    [1, '1 байт'],
    [3, '3 байта'],
    [512, '512 байт'],
    [1_500, '1,5 КБ'],
    [123_456_789, '123 МБ'],
    [2.5e9, '2,5 ГБ'],
  ])('writes %d bytes as %s in Russian', (bytes, text) => {
    expect(formatBytes(bytes, 'ru')).toBe(text);
  });
});
