import { describe, expect, it } from 'vitest';
import { dense } from './core/dense';
import { defaultParams } from './defaults';
import { defineLayer } from './definition';
import type { ParamSpec } from './params';
import { checkNodeParams, checkParamValue, describeValue, formatNumber } from './paramCheck';

const help = 'Help.';
const units: ParamSpec = { kind: 'int', default: 8, min: 1, max: 1_000_000, label: 'Units', help };
const rate: ParamSpec = { kind: 'float', default: 0.5, min: 0, max: 1, label: 'Rate', help };
const bias: ParamSpec = { kind: 'bool', default: true, label: 'Bias', help };
const options = [
  { value: 'same', label: 'Same' },
  { value: 'valid', label: 'Valid' },
  { value: 'causal', label: 'Causal' },
];
const padding: ParamSpec = { kind: 'select', default: 'same', options, label: 'Padding', help };
const modes: ParamSpec = { kind: 'multiselect', default: [], options, label: 'Modes', help };
const kernel: ParamSpec = { kind: 'int2', default: [3, 3], min: 1, max: 64, label: 'Kernel', help };
const shape: ParamSpec = {
  kind: 'shape',
  default: [28, 28, 1],
  min: 1,
  max: 100_000,
  minLength: 1,
  maxLength: 3,
  label: 'Shape',
  help,
};
const exactShape: ParamSpec = { ...shape, minLength: 2, maxLength: 2, label: 'Size' };

describe('checkParamValue accepts', () => {
  it.each([
    { spec: units, value: 1 },
    { spec: units, value: 1_000_000 },
    { spec: rate, value: 0 },
    { spec: rate, value: 1 },
    { spec: rate, value: 0.25 },
    { spec: bias, value: false },
    { spec: padding, value: 'causal' },
    { spec: modes, value: [] },
    { spec: modes, value: ['valid', 'same'] },
    { spec: kernel, value: [1, 64] },
    { spec: shape, value: [784] },
    { spec: shape, value: [28, 28, 1] },
    { spec: exactShape, value: [4, 5] },
  ])('$spec.label = $value', ({ spec, value }) => {
    expect(checkParamValue(spec, value)).toBeNull();
  });
});

describe('checkParamValue rejects', () => {
  const wholeUnits = 'Units must be a whole number from 1 to 1,000,000, but is';
  const kernelText = 'Kernel must be two whole numbers, each from 1 to 64, but is';
  const shapeText = 'Shape must be a list of 1 to 3 whole numbers, each from 1 to 100,000, but is';
  it.each([
    { why: 'int, absurd', spec: units, value: 1e12, message: `${wholeUnits} 1,000,000,000,000` },
    { why: 'int, fraction', spec: units, value: 2.5, message: `${wholeUnits} 2.5` },
    { why: 'int, zero', spec: units, value: 0, message: `${wholeUnits} 0` },
    { why: 'int, negative', spec: units, value: -3, message: `${wholeUnits} -3` },
    { why: 'int, NaN', spec: units, value: NaN, message: `${wholeUnits} NaN (not a number)` },
    { why: 'int, Infinity', spec: units, value: Infinity, message: `${wholeUnits} Infinity` },
    { why: 'int, text', spec: units, value: '64', message: `${wholeUnits} "64"` },
    { why: 'int, missing', spec: units, value: undefined, message: `${wholeUnits} missing` },
    { why: 'int, null', spec: units, value: null, message: `${wholeUnits} null` },
    {
      why: 'float, above',
      spec: rate,
      value: 1.5,
      message: 'Rate must be a number from 0 to 1, but is 1.5',
    },
    {
      why: 'float, -Inf',
      spec: rate,
      value: -Infinity,
      message: 'Rate must be a number from 0 to 1, but is -Infinity',
    },
    {
      why: 'float, NaN',
      spec: rate,
      value: NaN,
      message: 'Rate must be a number from 0 to 1, but is NaN (not a number)',
    },
    { why: 'bool, number', spec: bias, value: 1, message: 'Bias must be true or false, but is 1' },
    {
      why: 'bool, text',
      spec: bias,
      value: 'true',
      message: 'Bias must be true or false, but is "true"',
    },
    {
      why: 'select, not an option',
      spec: padding,
      value: 'full',
      message: `Padding must be one of 'same', 'valid' or 'causal', but is "full"`,
    },
    {
      why: 'select, wrong case',
      spec: padding,
      value: 'Same',
      message: `Padding must be one of 'same', 'valid' or 'causal', but is "Same"`,
    },
    {
      why: 'multiselect, unknown value',
      spec: modes,
      value: ['same', 'full'],
      message: `Modes must be a list of different values from 'same', 'valid' or 'causal', but is ["same", "full"]`,
    },
    {
      why: 'multiselect, repeated value',
      spec: modes,
      value: ['same', 'same'],
      message: `Modes must be a list of different values from 'same', 'valid' or 'causal', but is ["same", "same"]`,
    },
    {
      why: 'multiselect, not a list',
      spec: modes,
      value: 'same',
      message: `Modes must be a list of different values from 'same', 'valid' or 'causal', but is "same"`,
    },
    { why: 'int2, one number', spec: kernel, value: [3], message: `${kernelText} [3]` },
    {
      why: 'int2, three numbers',
      spec: kernel,
      value: [3, 3, 3],
      message: `${kernelText} [3, 3, 3]`,
    },
    { why: 'int2, zero', spec: kernel, value: [3, 0], message: `${kernelText} [3, 0]` },
    { why: 'int2, fraction', spec: kernel, value: [3, 1.5], message: `${kernelText} [3, 1.5]` },
    { why: 'int2, number', spec: kernel, value: 3, message: `${kernelText} 3` },
    { why: 'int2, text inside', spec: kernel, value: [3, '3'], message: `${kernelText} [3, "3"]` },
    { why: 'shape, empty', spec: shape, value: [], message: `${shapeText} []` },
    {
      why: 'shape, too long',
      spec: shape,
      value: [1, 2, 3, 4],
      message: `${shapeText} [1, 2, 3, 4]`,
    },
    { why: 'shape, zero size', spec: shape, value: [28, 0], message: `${shapeText} [28, 0]` },
    { why: 'shape, object', spec: shape, value: { 0: 28 }, message: `${shapeText} an object` },
    {
      why: 'shape, fixed length',
      spec: exactShape,
      value: [4],
      message: 'Size must be a list of 2 whole numbers, each from 1 to 100,000, but is [4]',
    },
  ])('$why', ({ spec, value, message }) => {
    expect(checkParamValue(spec, value)).toBe(message);
  });
});

describe('describeValue', () => {
  it('cuts long text and long lists so a hostile value cannot flood a message', () => {
    expect(describeValue('x'.repeat(10_000))).toBe(`"${'x'.repeat(40)}…"`);
    const many = Array.from({ length: 1000 }, (_, i) => i);
    expect(describeValue(many)).toBe('[0, 1, 2, 3, 4, 5, 6, 7, … 1,000 values in all]');
    expect(describeValue([[1], { a: 1 }])).toBe('[[…], {…}]');
  });

  it('writes numbers as JSON does when asked', () => {
    expect(describeValue(1e12, { groupDigits: false })).toBe('1000000000000');
    expect(describeValue(1e12)).toBe('1,000,000,000,000');
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-1234567, '-1,234,567'],
    [0.001, '0.001'],
    [1e21, '1e+21'],
  ])('formatNumber(%s) = %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('checkNodeParams', () => {
  const tiny = defineLayer({
    type: 'Tiny',
    label: 'Tiny',
    category: 'Core',
    inputs: { min: 1, max: 1 },
    params: { size: units, padding },
    doc: 'A layer for tests.',
    inferShape: (inputs) => ({ ok: true, shape: inputs[0]! }),
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    flops: () => 0,
    toKeras: () => null,
  });

  it('finds nothing wrong with the defaults', () => {
    expect(checkNodeParams(dense, defaultParams(dense))).toEqual([]);
    expect(checkNodeParams(tiny, defaultParams(tiny))).toEqual([]);
  });

  it('reports a bad value by parameter name', () => {
    expect(checkNodeParams(dense, { ...defaultParams(dense), units: 1e12 })).toMatchObject([
      {
        param: 'units',
        message: 'Units must be a whole number from 1 to 1,000,000, but is 1,000,000,000,000',
      },
    ]);
  });

  it('reports missing and unknown parameters', () => {
    expect(checkNodeParams(tiny, { padding: 'valid', filters: 3 })).toMatchObject([
      {
        param: 'size',
        message: 'Units must be a whole number from 1 to 1,000,000, but is missing',
      },
      { param: 'filters', message: "Tiny has no parameter 'filters'" },
    ]);
  });

  it('does not mistake inherited names for parameters', () => {
    const params = JSON.parse('{"size": 4, "padding": "same", "constructor": 1, "__proto__": 2}');
    expect(checkNodeParams(tiny, params)).toMatchObject([
      { param: 'constructor', message: "Tiny has no parameter 'constructor'" },
      { param: '__proto__', message: "Tiny has no parameter '__proto__'" },
    ]);
    // A schema without `toString` must report it missing from an empty object, not find Object's.
    const withToString = { ...tiny, params: { toString: units } };
    expect(checkNodeParams(withToString, {})).toMatchObject([
      {
        param: 'toString',
        message: 'Units must be a whole number from 1 to 1,000,000, but is missing',
      },
    ]);
  });

  it('checks every Dense parameter kind it has', () => {
    const bad = { ...defaultParams(dense), activation: 'swish', useBias: 'yes', l2: 2 };
    expect(checkNodeParams(dense, bad).map((p) => p.param)).toEqual([
      'activation',
      'useBias',
      'l2',
    ]);
  });
});
