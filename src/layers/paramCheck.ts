/**
 * Checks parameter values against their specs, in plain words. The inspector shows these messages
 * beside a control; the project loader uses the same rules, so a file can never hold a value the
 * inspector would refuse (e.g. 10^12 units).
 */
import type { AnyLayerDefinition } from './definition';
import type { ParamSchema, ParamSpec, SelectOption } from './params';
import {
  englishText,
  localText,
  renderValue,
  type LocalText,
  type TextValue,
} from './text/localText';
import { formatNumber } from './text/numbers';

/** What a value should have been, as a phrase that follows "must be" or "expected". */
export interface ParamProblem {
  expected: string;
}

export interface NodeParamProblem {
  param: string;
  /** In English. */
  message: string;
  /** The same in any language. */
  text: LocalText;
}

/** The problem with `value` under `spec`, or null when the value is fine. */
export function paramProblem(spec: ParamSpec, value: unknown): ParamProblem | null {
  return valueFits(spec, value) ? null : { expected: describeExpected(spec) };
}

/** E.g. "Units must be a whole number from 1 to 1,000,000, but is 1,000,000,000,000"; null if fine. */
export function paramValueText(spec: ParamSpec, value: unknown): LocalText | null {
  if (valueFits(spec, value)) return null;
  return localText('problems.param.bad', {
    label: { term: spec.label },
    expected: expectedText(spec),
    value: valueText(value),
  });
}

/** `paramValueText` in English. */
export function checkParamValue(spec: ParamSpec, value: unknown): string | null {
  const text = paramValueText(spec, value);
  return text && englishText(text);
}

/**
 * Every problem with a node's parameters: values out of their spec, parameters the layer type
 * does not have, and parameters that are missing. Checks that involve several parameters at once
 * belong to the definition's own `checkParams`.
 */
export function checkNodeParams(
  def: AnyLayerDefinition,
  params: Readonly<Record<string, unknown>>,
): NodeParamProblem[] {
  const schema = def.params as ParamSchema;
  const problems: NodeParamProblem[] = [];
  const add = (param: string, text: LocalText) =>
    problems.push({ param, message: englishText(text), text });
  for (const [name, spec] of Object.entries(schema)) {
    // Own properties only: a parameter named 'constructor' must not find Object.prototype's.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    const text = paramValueText(spec, value);
    if (text) add(name, text);
  }
  for (const name of Object.keys(params)) {
    if (!Object.hasOwn(schema, name)) {
      add(name, localText('problems.param.unknown', { layer: def.label, name: quote(name) }));
    }
  }
  return problems;
}

function valueFits(spec: ParamSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'int':
      return isWhole(value, spec.min, spec.max);
    case 'float':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max
      );
    case 'bool':
      return typeof value === 'boolean';
    case 'select':
      return typeof value === 'string' && hasOption(spec.options, value);
    case 'multiselect':
      return (
        Array.isArray(value) &&
        value.length <= spec.options.length &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === 'string' && hasOption(spec.options, v))
      );
    case 'int2':
      return (
        Array.isArray(value) &&
        value.length === 2 &&
        value.every((v) => isWhole(v, spec.min, spec.max))
      );
    case 'shape':
      return (
        Array.isArray(value) &&
        value.length >= spec.minLength &&
        value.length <= spec.maxLength &&
        value.every((v) => isWhole(v, spec.min, spec.max))
      );
  }
}

function isWhole(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function hasOption(options: readonly SelectOption[], value: string): boolean {
  return options.some((o) => o.value === value);
}

/** The phrase for what a spec accepts, e.g. "two whole numbers, each from 1 to 64". */
export function expectedText(spec: ParamSpec): LocalText {
  switch (spec.kind) {
    case 'int':
      return localText('problems.expected.int', bounds(spec.min, spec.max));
    case 'float':
      return localText('problems.expected.float', bounds(spec.min, spec.max));
    case 'bool':
      return localText('problems.expected.bool');
    case 'select':
      return localText('problems.expected.select', { options: listOptions(spec.options) });
    case 'multiselect':
      return localText('problems.expected.multiselect', { options: listOptions(spec.options) });
    case 'int2':
      return localText('problems.expected.int2', bounds(spec.min, spec.max));
    case 'shape':
      return spec.minLength === spec.maxLength
        ? localText('problems.expected.shape', {
            count: spec.minLength,
            ...bounds(spec.min, spec.max),
          })
        : localText('problems.expected.shapeRange', {
            from: { number: spec.minLength },
            to: spec.maxLength,
            ...bounds(spec.min, spec.max),
          });
  }
}

/** `expectedText` in English. */
export function describeExpected(spec: ParamSpec): string {
  return englishText(expectedText(spec));
}

function bounds(min: number, max: number): Record<'min' | 'max', TextValue> {
  return { min: { number: min }, max: { number: max } };
}

const MAX_LISTED_OPTIONS = 12;

function listOptions(options: readonly SelectOption[]): TextValue {
  const shown = options.slice(0, MAX_LISTED_OPTIONS).map((o) => quote(o.value));
  if (options.length > MAX_LISTED_OPTIONS)
    return localText('problems.moreOptions', { options: shown.join(', ') });
  if (shown.length <= 1) return shown.join('');
  return localText('problems.orList', {
    head: shown.slice(0, -1).join(', '),
    last: shown[shown.length - 1]!,
  });
}

/** Whole numbers with thousands separators (1,000,000); others as JavaScript writes them. */
export { formatNumber };

const MAX_SHOWN_CHARS = 40;
const MAX_SHOWN_ITEMS = 8;

/**
 * A short description of any value, safe to show even when the value came from a hostile file:
 * long strings and lists are cut. `groupDigits: false` writes numbers as they appear in JSON.
 */
export function valueText(value: unknown, options: { groupDigits?: boolean } = {}): TextValue {
  const number = (n: number): TextValue =>
    options.groupDigits === false
      ? String(n)
      : Number.isNaN(n)
        ? localText('problems.value.nan')
        : { number: n };
  if (value === undefined) return localText('problems.value.missing');
  if (value === null) return 'null';
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_SHOWN_ITEMS).map((v: unknown) => {
      if (typeof v === 'number') return String(v);
      if (Array.isArray(v)) return '[…]';
      if (v !== null && typeof v === 'object') return '{…}';
      // Strings, booleans and null need no words; undefined never comes from JSON.
      return describeValue(v);
    });
    if (value.length > MAX_SHOWN_ITEMS)
      return localText('problems.value.listMore', {
        items: items.join(', '),
        count: { number: value.length },
      });
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') return localText('problems.value.object');
  return typeof value;
}

/** `valueText` in English, for files, logs and the command line. */
export function describeValue(value: unknown, options: { groupDigits?: boolean } = {}): string {
  return renderValue('en', valueText(value, options));
}

/** Text in double quotes, cut to a readable length. */
export function quoteText(text: string): string {
  const cut = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
  return JSON.stringify(cut);
}

function quote(text: string): string {
  const cut = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
  return `'${cut}'`;
}
