import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../../../src/layers/params';
import { compactNumber, paramText } from './paramText';

const base = { label: 'X', help: '' };
const options = [
  { value: 'relu', label: 'ReLU' },
  { value: 'tanh', label: 'tanh' },
];

describe('paramText', () => {
  const cases: { spec: ParamSpec; value: Parameters<typeof paramText>[1]; text: string }[] = [
    {
      spec: { ...base, kind: 'int', default: 1, min: 1, max: 9e6 },
      value: 1234567,
      text: '1,234,567',
    },
    { spec: { ...base, kind: 'float', default: 0, min: 0, max: 1 }, value: 0.25, text: '0.25' },
    { spec: { ...base, kind: 'bool', default: true }, value: false, text: 'no' },
    { spec: { ...base, kind: 'select', default: 'relu', options }, value: 'relu', text: 'ReLU' },
    {
      spec: { ...base, kind: 'multiselect', default: [], options },
      value: ['tanh', 'relu'],
      text: 'tanh, ReLU',
    },
    {
      spec: { ...base, kind: 'int2', default: [3, 3], min: 1, max: 9 },
      value: [3, 5],
      text: '3×5',
    },
    {
      spec: { ...base, kind: 'shape', default: [1], min: 1, max: 9, minLength: 1, maxLength: 3 },
      value: [28, 28, 1],
      text: '28×28×1',
    },
  ];
  it.each(cases)('writes $spec.kind as $text', ({ spec, value, text }) => {
    expect(paramText(spec, value)).toBe(text);
  });

  it.each([
    [999, '999'],
    [9_999, '9,999'],
    [12_345, '12.3 K'],
    [101_770, '102 K'],
    [1_000_000, '1 M'],
    [4_560_000_000, '4.6 G'],
  ])('compacts %d as %s', (n, text) => {
    expect(compactNumber(n)).toBe(text);
  });

  it.each([
    [999, '999'],
    [9_999, '9\u00a0999'],
    [12_345, '12,3 тыс.'],
    [101_770, '102 тыс.'],
    [1_000_000, '1 млн'],
    [4_560_000_000, '4,6 млрд'],
  ])('compacts %d as %s in Russian', (n, text) => {
    expect(compactNumber(n, 'ru')).toBe(text);
  });

  it('says yes, no and none in Russian', () => {
    const bool: ParamSpec = { ...base, kind: 'bool', default: true };
    const many: ParamSpec = { ...base, kind: 'multiselect', default: [], options };
    expect([paramText(bool, true, 'ru'), paramText(bool, false, 'ru')]).toEqual(['да', 'нет']);
    expect(paramText(many, [], 'ru')).toBe('нет');
    expect(paramText(many, [])).toBe('none');
  });
});
