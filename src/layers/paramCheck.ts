/**
 * Checks parameter values against their specs, in plain words. The inspector shows these messages
 * beside a control; the project loader uses the same rules, so a file can never hold a value the
 * inspector would refuse (e.g. 10^12 units).
 */
import type { AnyLayerDefinition } from './definition';
import type { ParamSchema, ParamSpec, SelectOption } from './params';

/** What a value should have been, as a phrase that follows "must be" or "expected". */
export interface ParamProblem {
  expected: string;
}

export interface NodeParamProblem {
  param: string;
  message: string;
}

/** The problem with `value` under `spec`, or null when the value is fine. */
export function paramProblem(spec: ParamSpec, value: unknown): ParamProblem | null {
  return valueFits(spec, value) ? null : { expected: describeExpected(spec) };
}

/** E.g. "Units must be a whole number from 1 to 1,000,000, but is 1,000,000,000,000"; null if fine. */
export function checkParamValue(spec: ParamSpec, value: unknown): string | null {
  const problem = paramProblem(spec, value);
  if (!problem) return null;
  return `${spec.label} must be ${problem.expected}, but is ${describeValue(value)}`;
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
  for (const [name, spec] of Object.entries(schema)) {
    // Own properties only: a parameter named 'constructor' must not find Object.prototype's.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    const message = checkParamValue(spec, value);
    if (message) problems.push({ param: name, message });
  }
  for (const name of Object.keys(params)) {
    if (!Object.hasOwn(schema, name)) {
      problems.push({ param: name, message: `${def.label} has no parameter ${quote(name)}` });
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
export function describeExpected(spec: ParamSpec): string {
  const range = (min: number, max: number) => `from ${formatNumber(min)} to ${formatNumber(max)}`;
  switch (spec.kind) {
    case 'int':
      return `a whole number ${range(spec.min, spec.max)}`;
    case 'float':
      return `a number ${range(spec.min, spec.max)}`;
    case 'bool':
      return 'true or false';
    case 'select':
      return `one of ${listOptions(spec.options)}`;
    case 'multiselect':
      return `a list of different values from ${listOptions(spec.options)}`;
    case 'int2':
      return `two whole numbers, each ${range(spec.min, spec.max)}`;
    case 'shape': {
      const count =
        spec.minLength === spec.maxLength
          ? `${spec.minLength}`
          : `${formatNumber(spec.minLength)} to ${formatNumber(spec.maxLength)}`;
      const noun = spec.maxLength === 1 ? 'whole number' : 'whole numbers';
      return `a list of ${count} ${noun}, each ${range(spec.min, spec.max)}`;
    }
  }
}

const MAX_LISTED_OPTIONS = 12;

function listOptions(options: readonly SelectOption[]): string {
  const shown = options.slice(0, MAX_LISTED_OPTIONS).map((o) => quote(o.value));
  if (options.length > MAX_LISTED_OPTIONS) return `${shown.join(', ')}, …`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Whole numbers with thousands separators (1,000,000); others as JavaScript writes them. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN (not a number)';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

const MAX_SHOWN_CHARS = 40;
const MAX_SHOWN_ITEMS = 8;

/**
 * A short description of any value, safe to show even when the value came from a hostile file:
 * long strings and lists are cut. `groupDigits: false` writes numbers as they appear in JSON.
 */
export function describeValue(value: unknown, options: { groupDigits?: boolean } = {}): string {
  const number = options.groupDigits === false ? String : formatNumber;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_SHOWN_ITEMS).map((v: unknown) => {
      if (typeof v === 'number') return String(v);
      if (Array.isArray(v)) return '[…]';
      if (v !== null && typeof v === 'object') return '{…}';
      return describeValue(v);
    });
    if (value.length > MAX_SHOWN_ITEMS) items.push(`… ${formatNumber(value.length)} values in all`);
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') return 'an object';
  return typeof value;
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
