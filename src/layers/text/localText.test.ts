import { describe, expect, it } from 'vitest';
import { getLayer } from '../registry';
import { paramValueText, valueText } from '../paramCheck';
import type { ParamSchema } from '../params';
import { localText, renderText, renderValue, type TextValue } from './localText';
import { formatNumber } from './numbers';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it.each([
    [1_000_000, '1,000,000', `1${NBSP}000${NBSP}000`],
    [-12_345, '-12,345', `-12${NBSP}345`],
    [999, '999', '999'],
    [0.0001, '0.0001', '0.0001'],
    [NaN, 'NaN (not a number)', 'NaN (не число)'],
    [-Infinity, '-Infinity', '-Infinity'],
  ])('%d reads %s and %s', (n, en, ru) => {
    expect(formatNumber(n)).toBe(en);
    expect(formatNumber(n, 'ru')).toBe(ru);
  });
});

describe('renderText', () => {
  it('fills nested text, terms and grouped numbers in the same language', () => {
    const text = localText('problems.atLayer', {
      name: 'dense_1',
      message: localText('problems.expected.int', { min: { number: 1 }, max: { number: 5000 } }),
    });
    expect(renderText('en', text)).toBe("'dense_1': a whole number from 1 to 5,000");
    expect(renderText('ru', text)).toBe(`Слой «dense_1»: целое число от 1 до 5${NBSP}000`);
    expect(renderValue('ru', { term: 'Units' })).toBe('Нейроны');
    expect(renderValue('ru', { term: 'A phrase no layer uses' })).toBe('A phrase no layer uses');
  });

  it('passes plain numbers to plural rules', () => {
    const text = (outputs: number) => localText('problems.binaryNeedsOne', { outputs });
    expect(renderText('en', text(1))).toMatch(/has 1 value\.$/);
    expect(renderText('en', text(3))).toMatch(/has 3 values\.$/);
    expect(renderText('ru', text(1))).toMatch(/1 значение\.$/);
    expect(renderText('ru', text(3))).toMatch(/3 значения\.$/);
    expect(renderText('ru', text(5))).toMatch(/5 значений\.$/);
  });
});

describe('values and parameter problems in Russian', () => {
  const schema = getLayer('Output')!.params as ParamSchema;
  const ru = (v: TextValue) => renderValue('ru', v);

  it.each<[unknown, string, string]>([
    [undefined, 'missing', 'ничего'],
    [{ a: 1 }, 'an object', 'объект'],
    ['relu', '"relu"', '"relu"'],
    [
      Array.from({ length: 1200 }, (_, i) => i),
      '[0, 1, 2, 3, 4, 5, 6, 7, … 1,200 values in all]',
      `[0, 1, 2, 3, 4, 5, 6, 7, … всего значений: 1${NBSP}200]`,
    ],
  ])('%j reads %s and %s', (value, en, russian) => {
    expect(renderValue('en', valueText(value))).toBe(en);
    expect(ru(valueText(value))).toBe(russian);
  });

  it('names the parameter, what it takes and what it holds', () => {
    const loss = paramValueText(schema.loss!, 'hinge')!;
    expect(renderText('en', loss)).toBe(
      "Loss must be one of 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'binary_crossentropy', 'mean_squared_error', 'mean_absolute_error', 'huber' or 'dice', but is \"hinge\"",
    );
    expect(renderText('ru', loss)).toBe(
      "Функция потерь: ожидается одно из значений 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'binary_crossentropy', 'mean_squared_error', 'mean_absolute_error', 'huber' или 'dice', а задано \"hinge\"",
    );
    const shape = getLayer('Input')!.params as ParamSchema;
    expect(renderText('ru', paramValueText(shape.shape!, [1, 2, 3, 4])!)).toBe(
      `Форма: ожидается список из 1–3 целых чисел, каждое от 1 до 100${NBSP}000, а задано [1, 2, 3, 4]`,
    );
  });
});
