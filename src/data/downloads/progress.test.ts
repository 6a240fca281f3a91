import { describe, expect, it } from 'vitest';
import { downloadProgress, formatBytes } from './progress';

describe('downloadProgress', () => {
  it('counts cached bytes as received but not in the speed', () => {
    // 4 MB were cached; 2 MB arrived in 4 s (0.5 MB/s); 4 MB are missing: 8 s left.
    const mb = 1024 * 1024;
    expect(downloadProgress('mnist', 'f', 4 * mb, 2 * mb, 10 * mb, 4)).toEqual({
      datasetId: 'mnist',
      file: 'f',
      receivedBytes: 6 * mb,
      totalBytes: 10 * mb,
      percent: 60,
      bytesPerSecond: 0.5 * mb,
      etaSeconds: 8,
    });
  });

  it('has no speed or time left before the first byte or moment', () => {
    const p = downloadProgress('mnist', 'f', 0, 0, 100, 0);
    expect([p.percent, p.bytesPerSecond, p.etaSeconds]).toEqual([0, null, null]);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [9_912_422, '9.5 MB'],
    [170_052_171, '162.2 MB'],
    [5 * 1024 ** 3, '5.0 GB'],
  ])('%i bytes is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
