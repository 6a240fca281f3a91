import { describe, expect, it } from 'vitest';
import { DatasetError } from '../errors';
import { encodeCifarBatch, parseCifarBatch, parseCifarClassNames } from './cifar';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  return expect.fail('expected a refusal');
}

describe('parseCifarBatch', () => {
  it('interleaves the red, green and blue planes channels-last, scaled to [0, 1]', () => {
    const planes = new Uint8Array(2 * 3072);
    planes[0] = 255; // image 0: red of pixel (0, 0)
    planes[1024 + 33] = 51; // image 0: green of pixel (1, 1)
    planes[3072 + 2048 + 1023] = 102; // image 1: blue of pixel (31, 31)
    const batch = parseCifarBatch(encodeCifarBatch([3, 9], planes), 'batch.bin');
    expect(batch.count).toBe(2);
    expect([...batch.labels]).toEqual([3, 9]);
    expect(batch.x[0]).toBe(1);
    expect(batch.x[33 * 3 + 1]).toBeCloseTo(0.2, 6);
    expect(batch.x[3072 + 1023 * 3 + 2]).toBeCloseTo(0.4, 6);
    expect(batch.x.reduce((s, v) => s + v, 0)).toBeCloseTo(1.6, 5);
  });

  it('refuses a file that is not whole records, and a label beyond 9', () => {
    expect(refusal(() => parseCifarBatch(new Uint8Array(3074), 'b.bin'))).toBe(
      'b.bin is 3,074 bytes long, not a whole number of 3,073-byte CIFAR-10 records.',
    );
    const bad = encodeCifarBatch([1, 12], new Uint8Array(2 * 3072));
    expect(refusal(() => parseCifarBatch(bad, 'b.bin'))).toBe(
      'b.bin: record 1 has the label 12, but CIFAR-10 labels go from 0 to 9.',
    );
  });
});

describe('parseCifarClassNames', () => {
  it('reads one name per line and refuses a wrong count', () => {
    const names = 'airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n';
    expect(parseCifarClassNames(names, 'meta')).toHaveLength(10);
    expect(refusal(() => parseCifarClassNames('a\nb\n', 'meta'))).toBe(
      'meta should name 10 classes, one per line, but names 2.',
    );
  });
});
