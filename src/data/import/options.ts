/**
 * Import options as flat records of numbers, texts and flags, the form a project file keeps them in
 * (`dataset.options`) and the command line gives them in. Every value is checked, since a project
 * file is untrusted: an unknown option, a wrong type or a value out of range is an error that names
 * the option and what it may be.
 */
import type { ImportError } from './errors';
import { importError } from './errors';

type OptionSpec =
  | { kind: 'choice'; values: readonly string[]; default: string }
  | { kind: 'int'; min: number; max: number; default: number }
  | { kind: 'float'; min: number; max: number; default: number }
  | { kind: 'text'; default: string }
  | { kind: 'list'; default: readonly string[] };

type Spec = Readonly<Record<string, OptionSpec>>;
type Values<S extends Spec> = {
  -readonly [K in keyof S]: S[K] extends { kind: 'choice'; values: readonly (infer V)[] }
    ? V
    : S[K] extends { kind: 'int' | 'float' }
      ? number
      : S[K] extends { kind: 'list' }
        ? string[]
        : string;
};

export type FlatOptions = Readonly<Record<string, number | string | boolean>>;

const split = { trainRatio: { kind: 'float', min: 0.1, max: 0.95, default: 0.8 } } as const;
const seed = { seed: { kind: 'int', min: 0, max: 2_147_483_647, default: 42 } } as const;

export const CSV_OPTIONS = {
  header: { kind: 'choice', values: ['auto', 'yes', 'no'], default: 'auto' },
  badRows: { kind: 'choice', values: ['skip', 'stop'], default: 'skip' },
  target: { kind: 'text', default: '' },
  task: { kind: 'choice', values: ['auto', 'classification', 'regression'], default: 'auto' },
  normalize: { kind: 'choice', values: ['standardize', 'minmax', 'none'], default: 'standardize' },
  missing: { kind: 'choice', values: ['drop', 'impute'], default: 'drop' },
  ignore: { kind: 'list', default: [] },
  ...split,
  ...seed,
  /** Rows per example for a time series; 0 reads the table row by row. */
  window: { kind: 'int', min: 0, max: 10_000, default: 0 },
  stride: { kind: 'int', min: 1, max: 10_000, default: 1 },
  /** How many rows after a window's last row its target is read (0: that row itself). */
  horizon: { kind: 'int', min: 0, max: 10_000, default: 1 },
} as const satisfies Spec;

export const IMAGE_OPTIONS = {
  size: { kind: 'int', min: 4, max: 256, default: 28 },
  color: { kind: 'choice', values: ['grayscale', 'rgb'], default: 'grayscale' },
  ...split,
  ...seed,
} as const satisfies Spec;

export const ARRAY_OPTIONS = {
  /** The file of targets (labels) beside the inputs file, or the array name inside an .npz. */
  labels: { kind: 'text', default: '' },
  /** The array of inputs inside an .npz. */
  inputs: { kind: 'text', default: '' },
  task: { kind: 'choice', values: ['auto', 'classification', 'regression'], default: 'auto' },
  /** Divide inputs by 255 (images stored as bytes). */
  scale: { kind: 'choice', values: ['auto', 'none', '255'], default: 'auto' },
  ...split,
  ...seed,
} as const satisfies Spec;

export type CsvOptions = Values<typeof CSV_OPTIONS>;
export type ImageOptions = Values<typeof IMAGE_OPTIONS>;
export type ArrayOptions = Values<typeof ARRAY_OPTIONS>;

/** Complete, checked options from a flat record (missing ones at their defaults). */
export function readOptions<S extends Spec>(spec: S, given: FlatOptions, what: string): Values<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(spec, key))
      throw importError(
        `${what} has no option '${key}'. Its options are ${Object.keys(spec).join(', ')}.`,
        'options.unknown',
        { option: key, options: Object.keys(spec).join(', ') },
      );
  }
  for (const [key, s] of Object.entries(spec)) {
    const value = Object.hasOwn(given, key) ? given[key] : undefined;
    out[key] = value === undefined ? defaultOf(s) : checked(key, s, value, what);
  }
  return out as Values<S>;
}

/** The flat record of `values`, only what differs from the defaults (for a project file). */
export function flatOptions<S extends Spec>(spec: S, values: Partial<Values<S>>): FlatOptions {
  const out: Record<string, number | string> = {};
  for (const [key, s] of Object.entries(spec)) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (s.kind === 'list') {
      const list = value as string[];
      if (list.length > 0) out[key] = JSON.stringify(list);
    } else if (value !== s.default) out[key] = value as number | string;
  }
  return out;
}

function defaultOf(s: OptionSpec): unknown {
  return s.kind === 'list' ? [...s.default] : s.default;
}

function checked(key: string, s: OptionSpec, value: unknown, what: string): unknown {
  const bad = (expected: string) =>
    importError(
      `The option '${key}' of ${what} must be ${expected}, but is ${JSON.stringify(value)}.`,
      'options.invalid',
      { option: key, value: String(JSON.stringify(value)).slice(0, 200) },
    );
  switch (s.kind) {
    case 'choice':
      if (typeof value !== 'string' || !s.values.includes(value))
        throw bad(`one of ${s.values.join(', ')}`);
      return value;
    case 'int':
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      const whole = s.kind === 'int' ? 'a whole number' : 'a number';
      if (typeof n !== 'number' || !Number.isFinite(n) || n < s.min || n > s.max)
        throw bad(`${whole} from ${s.min} to ${s.max}`);
      if (s.kind === 'int' && !Number.isInteger(n)) throw bad(`${whole} from ${s.min} to ${s.max}`);
      return n;
    }
    case 'text':
      if (typeof value !== 'string' || value.length > 1_000) throw bad('text');
      return value;
    case 'list':
      return readList(value, bad);
  }
}

/** A list is kept as JSON text (["id","name"]); the command line may give "id,name". */
function readList(value: unknown, bad: (expected: string) => ImportError): string[] {
  if (typeof value !== 'string') throw bad('a list of column names');
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw bad('a list of column names');
    }
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string'))
      throw bad('a list of column names');
    return parsed;
  }
  return text.split(',').map((v) => v.trim());
}
