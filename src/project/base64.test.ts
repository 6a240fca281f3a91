import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('matches Node’s encoder and decodes back, for every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it.each([
    { text: 'QUJD', bytes: [65, 66, 67] },
    { text: 'QUI=', bytes: [65, 66] },
    { text: 'QQ==', bytes: [65] },
    { text: '', bytes: [] },
  ])('decodes "$text"', ({ text, bytes }) => {
    expect(decodeBase64(text)).toEqual(Uint8Array.from(bytes));
  });

  it.each([
    { text: 'QUJ', error: 'base64 text must have a length divisible by 4, but has 3' },
    { text: 'QU J', error: 'base64 text has an invalid character at position 2' },
    { text: 'Q===', error: 'base64 text has an invalid character at position 1' },
    { text: 'QQ=A', error: 'base64 text has an invalid character at position 2' },
    { text: 'QQ==QUJD', error: 'base64 text has an invalid character at position 2' },
    { text: 'QUJé', error: 'base64 text has an invalid character at position 3' },
    { text: 'QU-_', error: 'base64 text has an invalid character at position 2' },
  ])('refuses "$text"', ({ text, error }) => {
    expect(decodeBase64(text)).toEqual({ error });
  });
});
