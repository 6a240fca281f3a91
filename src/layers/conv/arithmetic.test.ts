import { describe, expect, it } from 'vitest';
import {
  dilationIssues,
  stridesWithDilation,
  transposedOutputLength,
  windowOutputLength,
  windowOutputShape,
} from './arithmetic';

describe('windowOutputLength', () => {
  it.each([
    { n: 28, k: 5, s: 1, d: 1, padding: 'valid', length: 24, formula: '(28 − 5 + 2·0)/1 + 1' },
    { n: 28, k: 3, s: 2, d: 1, padding: 'valid', length: 13, formula: '(28 − 3 + 2·0)/2 + 1' },
    {
      n: 28,
      k: 3,
      s: 1,
      d: 2,
      padding: 'valid',
      length: 24,
      formula: '(28 − (2·(3−1)+1) + 2·0)/1 + 1',
    },
    { n: 28, k: 3, s: 3, d: 1, padding: 'same', length: 10, formula: '⌈28/3⌉' },
    { n: 4, k: 2, s: 2, d: 1, padding: 'valid', length: 2, formula: '(4 − 2 + 2·0)/2 + 1' },
  ] as const)(
    '$n, kernel $k, stride $s, dilation $d, $padding',
    ({ n, k, s, d, padding, length, formula }) => {
      expect(windowOutputLength(n, k, s, d, padding)).toEqual({ length, formula });
    },
  );
});

describe('transposedOutputLength', () => {
  it.each([
    { n: 7, k: 3, s: 2, padding: 'same', length: 14 },
    { n: 4, k: 3, s: 2, padding: 'valid', length: 9 },
    { n: 4, k: 1, s: 3, padding: 'valid', length: 12 },
    { n: 5, k: 4, s: 1, padding: 'valid', length: 8 },
  ] as const)('$n, kernel $k, stride $s, $padding → $length', ({ n, k, s, padding, length }) => {
    expect(transposedOutputLength(n, k, s, padding)).toBe(length);
  });
});

describe('windowOutputShape', () => {
  it('names the pool size when a pooling window is too large', () => {
    const result = windowOutputShape('MaxPooling2D', [3, 8], [4, 2], [4, 2], [1, 1], 'valid', {
      window: 'pool',
      param: 'poolSize',
    });
    expect(result).toMatchObject({
      ok: false,
      issue: { code: 'kernel-too-large', param: 'poolSize' },
    });
    if (result.ok) return;
    expect(result.issue.message).toContain('along the height');
    expect(result.issue.message).toContain('(3 − 4 + 2·0)/4 + 1 = 0');
    expect(result.issue.message).toContain('a smaller pool');
  });

  it('gives every spatial dimension when the window fits', () => {
    expect(windowOutputShape('Conv2D', [28, 20], [5, 3], [1, 2], [1, 1], 'valid')).toEqual({
      ok: true,
      dims: [24, 9],
    });
  });
});

describe('stridesWithDilation', () => {
  it.each([
    { strides: [2, 2], dilation: [2, 2], fix: [1, 1] },
    { strides: [1, 2], dilation: [3, 1], fix: [1, 1] },
    { strides: 2, dilation: 3, fix: 1 },
  ])('flags strides $strides with dilation $dilation', ({ strides, dilation, fix }) => {
    const issues = stridesWithDilation(strides, dilation);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.fix).toMatchObject({
      kind: 'setParams',
      params: { dilation: fix },
      label: 'Set dilation to 1',
    });
  });

  it.each([
    { strides: [2, 2], dilation: [1, 1] },
    { strides: [1, 1], dilation: [4, 2] },
    { strides: 1, dilation: 2 },
  ])('allows strides $strides with dilation $dilation', ({ strides, dilation }) => {
    expect(stridesWithDilation(strides, dilation)).toEqual([]);
  });
});

describe('dilationIssues', () => {
  it.each([
    { strides: [1, 1], dilation: [1, 1], codes: [] },
    { strides: [2, 2], dilation: [1, 1], codes: [] },
    { strides: [1, 1], dilation: [2, 2], codes: ['dilated-not-trainable'] },
    { strides: [2, 1], dilation: [2, 2], codes: ['strides-and-dilation'] },
    { strides: 1, dilation: 3, codes: ['dilated-not-trainable'] },
  ])('strides $strides with dilation $dilation → $codes', ({ strides, dilation, codes }) => {
    expect(dilationIssues(strides, dilation).map((i) => i.code)).toEqual(codes);
  });
});
