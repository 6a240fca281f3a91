/**
 * A CSV table turned into a dataset: the target column chosen, features one-hot encoded or
 * normalised with statistics of the training split only (so the test split stays unseen), rows with
 * missing values dropped or filled in, and a report that says how many and where.
 */
import { formatNumber } from '../../../layers/paramCheck';
import { oneHot } from '../../labels';
import { createRandom, permutation } from '../../random';
import { stratifiedSplit, trainCount } from '../../split';
import type { Dataset, DatasetTask } from '../../types';
import {
  dataNote,
  lineValues,
  whyText,
  withNotes,
  type ColumnWhy,
  type DataNote,
} from '../../notes';
import { importError } from '../errors';
import type { CsvOptions } from '../options';
import type { ImportReport } from '../report';
import { describeColumns, numericStats, type ColumnStats } from './columns';
import type { CsvTable } from './table';

/** A numeric target with at most this many whole-number values is read as classes. */
const MAX_AUTO_CLASSES = 20;
export const MAX_CLASSES = 1_000;

export interface Feature {
  column: number;
  kind: 'numeric' | 'categorical';
  /** Categorical: the category texts in one-hot order. */
  categories?: string[];
}

/** The parts of a table an encoding needs, shared by the row-wise and the windowed encoders. */
export interface TablePlan {
  stats: ColumnStats[];
  target: number;
  task: DatasetTask;
  features: Feature[];
  classNames?: string[];
  /** Classification: the class of each data row, -1 when its target is missing. */
  labels?: Int32Array;
  /** Rows kept (ascending), after missing values were dropped. */
  rows: Uint32Array;
  notes: DataNote[];
  unused: Map<number, ColumnWhy>;
}

export function planTable(table: CsvTable, options: CsvOptions, allowTargetAsFeature = false) {
  const stats = describeColumns(table);
  const names = table.columnNames;
  const notes: DataNote[] = [];
  const unused = new Map<number, ColumnWhy>();
  for (const name of options.ignore) {
    if (!names.includes(name))
      throw importError(
        `There is no column '${name}' to leave out. ${listColumns(names)}`,
        'csv.noSuchIgnored',
        { column: name, columns: columnList(names) },
      );
  }
  stats.forEach((s, i) => {
    if (options.ignore.includes(s.name)) unused.set(i, { code: 'asked', values: {} });
    else if (s.kind === 'empty') unused.set(i, { code: 'empty', values: {} });
    else if (s.kind === 'text')
      unused.set(
        i,
        s.distinct === null
          ? { code: 'many-texts', values: {} }
          : { code: 'texts', values: { count: s.distinct } },
      );
  });
  const target = chooseTarget(table, stats, options, unused);
  const task = chooseTask(stats[target]!, table.columns[target]!, options.task);
  const features: Feature[] = [];
  stats.forEach((s, i) => {
    if (unused.has(i) || (i === target && !allowTargetAsFeature)) return;
    if (i === target && s.kind !== 'numeric') return;
    features.push(
      s.kind === 'numeric'
        ? { column: i, kind: 'numeric' }
        : { column: i, kind: 'categorical', categories: categoriesOf(table, i) },
    );
  });
  if (features.length === 0)
    throw importError(
      `No column is left to learn from besides the target '${names[target]}'. ${listColumns(names)}`,
      'csv.noFeatures',
      { column: names[target] ?? '', columns: columnList(names) },
    );
  for (const [i, why] of unused)
    notes.push(dataNote(`unused-${why.code}`, { column: names[i]!, ...why.values }));
  for (const f of features) {
    const s = stats[f.column]!;
    if (s.textCells > 0)
      notes.push(
        dataNote('text-cells', {
          column: s.name,
          count: s.textCells,
          ...textExamples(table, f.column),
        }),
      );
  }

  let labels: Int32Array | undefined;
  let classNames: string[] | undefined;
  if (task === 'classification') ({ labels, classNames } = classLabels(table, target));
  const rows = keptRows(table, target, features, labels, options.missing, notes);
  if (rows.length < 2)
    throw importError(
      `Only ${rows.length} ${rows.length === 1 ? 'row is' : 'rows are'} left after missing values were dropped; at least 2 are needed. Choose to fill in missing values instead.`,
      'csv.tooFewRows',
      { count: rows.length },
    );
  if (options.missing === 'impute') noteImputed(table, stats, features, rows, notes);
  return { stats, target, task, features, classNames, labels, rows, notes, unused };
}

/** The dataset of a table read row by row: one example per row. */
export function encodeTable(
  table: CsvTable,
  options: CsvOptions,
  name: string,
): { dataset: Dataset; report: ImportReport } {
  const plan = planTable(table, options);
  const random = createRandom(options.seed);
  const { train, test } = splitRows(plan, options.trainRatio, random);
  const encoder = fitEncoder(table, plan.features, train, options.normalize);
  const numClasses = plan.classNames?.length ?? 0;
  const encodeSplit = (rows: Uint32Array) => ({
    x: encoder.encode(rows),
    y:
      plan.task === 'classification'
        ? oneHot(
            Array.from(rows, (r) => plan.labels![r]!),
            numClasses,
          )
        : Float32Array.from(rows, (r) => table.columns[plan.target]!.numbers.values()[r]!),
    count: rows.length,
  });
  const dataset: Dataset = {
    id: 'import-csv',
    name,
    task: plan.task,
    inputShape: [encoder.width],
    targetShape: plan.task === 'classification' ? [numClasses] : [1],
    ...(plan.classNames ? { classNames: plan.classNames } : {}),
    train: encodeSplit(train),
    test: encodeSplit(test),
    options: { seed: options.seed, trainRatio: options.trainRatio },
  };
  return { dataset, report: tableReport('csv', table, plan, dataset, encoder.names) };
}

export function tableReport(
  kind: 'csv' | 'series',
  table: CsvTable,
  plan: TablePlan,
  dataset: Dataset,
  featureNames: string[],
): ImportReport {
  const used = new Set(plan.features.map((f) => f.column));
  if (table.badRowCount > 0) {
    plan.notes.unshift(
      dataNote('bad-rows', {
        count: table.badRowCount,
        // The parser's reasons are English, and so, beside them, is this list.
        rows: table.badRows.map((b) => `line ${b.line} (${b.reason})`).join(', '),
        more: table.badRowCount - table.badRows.length,
      }),
    );
  }
  return {
    kind,
    name: dataset.name,
    task: dataset.task,
    inputShape: dataset.inputShape,
    targetShape: dataset.targetShape,
    train: dataset.train.count,
    test: dataset.test.count,
    ...withNotes(plan.notes),
    ...(plan.classNames ? { balance: balanceOf(dataset, plan.classNames) } : {}),
    columns: plan.stats.map((s, i) => {
      const why = plan.unused.get(i);
      const role = i === plan.target ? 'target' : used.has(i) ? 'feature' : 'unused';
      return { ...s, role, ...(why ? { why: whyText(why), whyCode: why } : {}) };
    }),
    features: featureNames,
    preview: { header: table.columnNames, rows: table.preview },
  };
}

function balanceOf(dataset: Dataset, classNames: string[]) {
  const count = (y: Float32Array) => {
    const counts = new Array<number>(classNames.length).fill(0);
    for (let i = 0; i < y.length; i++) if (y[i] === 1) counts[i % classNames.length]!++;
    return counts;
  };
  return { classNames, train: count(dataset.train.y), test: count(dataset.test.y) };
}

function listColumns(names: string[]): string {
  return `The columns are ${columnList(names)}.`;
}

/** The first 30 column names, quoted. */
function columnList(names: string[]): string {
  const shown = names.slice(0, 30).map((n) => `'${n}'`);
  return `${shown.join(', ')}${names.length > 30 ? ', …' : ''}`;
}

function chooseTarget(
  table: CsvTable,
  stats: ColumnStats[],
  options: CsvOptions,
  unused: Map<number, ColumnWhy>,
): number {
  const names = table.columnNames;
  if (options.target !== '') {
    const i = names.indexOf(options.target);
    if (i < 0)
      throw importError(
        `There is no column '${options.target}'. ${listColumns(names)}`,
        'csv.noSuchTarget',
        { column: options.target, columns: columnList(names) },
      );
    const s = stats[i]!;
    if (s.kind === 'empty')
      throw importError(`The target column '${s.name}' has no values.`, 'csv.emptyTarget', {
        column: s.name,
      });
    if (options.ignore.includes(s.name))
      throw importError(
        `The column '${s.name}' cannot be both the target and left out.`,
        'csv.targetIgnored',
        { column: s.name },
      );
    unused.delete(i);
    return i;
  }
  for (let i = names.length - 1; i >= 0; i--) if (!unused.has(i)) return i;
  throw importError(`No column can be the target. ${listColumns(names)}`, 'csv.noTarget', {
    columns: columnList(names),
  });
}

function chooseTask(
  s: ColumnStats,
  column: CsvTable['columns'][number],
  asked: CsvOptions['task'],
): DatasetTask {
  const numeric = s.kind === 'numeric';
  const fewWholeNumbers =
    numeric &&
    column.codes !== null &&
    column.dictionary.size <= MAX_AUTO_CLASSES &&
    column.numbers.values().every((v) => Number.isNaN(v) || Number.isInteger(v));
  if (asked === 'regression' && !numeric) {
    const examples = (s.top ?? [])
      .map((t) => `'${t.value}'`)
      .slice(0, 3)
      .join(', ');
    throw importError(
      `The target column '${s.name}' holds text (${examples}), which cannot be predicted as a number. Choose classification, or another target.`,
      'csv.textTarget',
      { column: s.name, examples },
    );
  }
  if (asked === 'classification' && numeric && column.codes === null)
    throw importError(
      `The target column '${s.name}' has more than ${formatNumber(MAX_CLASSES)} different values, too many to be classes. Choose regression.`,
      'csv.tooManyTargetValues',
      { column: s.name, max: MAX_CLASSES },
    );
  if (asked !== 'auto') return asked;
  return numeric && !fewWholeNumbers ? 'regression' : 'classification';
}

/** The class of each row (-1 when missing) and the class names, numbers in numeric order. */
function classLabels(table: CsvTable, target: number) {
  const column = table.columns[target]!;
  const numeric = column.numberCount >= column.textCount;
  const byText = new Map<string, number>();
  const names: string[] = [];
  const keys = [...column.dictionary.keys()].filter((k) => !numeric || !Number.isNaN(Number(k)));
  // "1" and "1.0" are one class when the column holds numbers.
  const keyOf = (text: string) => (numeric ? String(Number(text)) : text);
  const distinct = [...new Set(keys.map(keyOf))].sort((a, b) =>
    numeric ? Number(a) - Number(b) : a.localeCompare(b),
  );
  if (distinct.length > MAX_CLASSES)
    throw importError(
      `The target has more than ${formatNumber(MAX_CLASSES)} classes.`,
      'csv.tooManyClasses',
      { max: MAX_CLASSES },
    );
  distinct.forEach((k, i) => {
    byText.set(k, i);
    names.push(k);
  });
  if (names.length < 2)
    throw importError(
      `The target column '${table.columnNames[target]}' has only one class${names[0] !== undefined ? ` ('${names[0]}')` : ''}; a classifier needs at least two.`,
      'csv.oneClass',
      { column: table.columnNames[target] ?? '' },
    );
  const codeClass = new Int32Array(column.dictionary.size).fill(-1);
  for (const [text, code] of column.dictionary) {
    if (numeric && Number.isNaN(Number(text))) continue;
    codeClass[code] = byText.get(keyOf(text)) ?? -1;
  }
  const codes = column.codes!.values();
  const labels = new Int32Array(table.rowCount);
  for (let r = 0; r < labels.length; r++) {
    const code = codes[r]!;
    labels[r] = code < 0 ? -1 : codeClass[code]!;
  }
  return { labels, classNames: names };
}

function categoriesOf(table: CsvTable, column: number): string[] {
  return [...table.columns[column]!.dictionary.keys()].sort((a, b) => a.localeCompare(b));
}

function isMissing(table: CsvTable, feature: Feature, row: number): boolean {
  const column = table.columns[feature.column]!;
  return feature.kind === 'numeric'
    ? Number.isNaN(column.numbers.values()[row]!)
    : column.codes!.values()[row]! < 0;
}

/** Rows with a target (always needed) and, when dropping, with every feature present. */
function keptRows(
  table: CsvTable,
  target: number,
  features: Feature[],
  labels: Int32Array | undefined,
  missing: CsvOptions['missing'],
  notes: DataNote[],
): Uint32Array {
  const targetValues = table.columns[target]!.numbers.values();
  const kept: number[] = [];
  const noTarget: number[] = [];
  const perColumn = new Map<number, number[]>();
  for (let r = 0; r < table.rowCount; r++) {
    const hasTarget = labels ? labels[r]! >= 0 : !Number.isNaN(targetValues[r]!);
    if (!hasTarget) {
      noTarget.push(r);
      continue;
    }
    let complete = true;
    if (missing === 'drop') {
      for (const f of features) {
        if (!isMissing(table, f, r)) continue;
        complete = false;
        const list = perColumn.get(f.column) ?? [];
        list.push(r);
        perColumn.set(f.column, list);
      }
    }
    if (complete) kept.push(r);
  }
  const at = (rows: number[]) => lineValues(rows.map((r) => table.lines[r]!));
  if (noTarget.length > 0)
    notes.push(dataNote('no-target', { count: noTarget.length, ...at(noTarget) }));
  for (const [column, rows] of perColumn)
    notes.push(
      dataNote('missing-dropped', {
        column: table.columnNames[column]!,
        count: rows.length,
        ...at(rows),
      }),
    );
  return Uint32Array.from(kept);
}

function noteImputed(
  table: CsvTable,
  stats: ColumnStats[],
  features: Feature[],
  rows: Uint32Array,
  notes: DataNote[],
) {
  for (const f of features) {
    const missingRows: number[] = [];
    for (const r of rows) if (isMissing(table, f, r)) missingRows.push(r);
    if (missingRows.length === 0) continue;
    notes.push(
      dataNote('missing-filled', {
        column: stats[f.column]!.name,
        count: missingRows.length,
        ...lineValues(missingRows.map((r) => table.lines[r]!)),
        how: f.kind === 'numeric' ? 'mean' : 'mode',
      }),
    );
  }
}

/** Up to three of a numeric column's texts, and the lines they are on. */
function textExamples(table: CsvTable, column: number) {
  const shown = table.columns[column]!.textExamples.slice(0, 3);
  const { shown: count, lines } = lineValues(shown.map((e) => table.lines[e.row]!));
  return { examples: shown.map((e) => `'${e.value}'`).join(', '), shown: count, lines };
}

/** Stratified for classification (every class in both parts), shuffled otherwise. */
function splitRows(plan: TablePlan, trainRatio: number, random: ReturnType<typeof createRandom>) {
  const { rows } = plan;
  if (plan.labels) {
    const labels = Int32Array.from(rows, (r) => plan.labels![r]!);
    const parts = stratifiedSplit(labels, plan.classNames!.length, trainRatio, random);
    return { train: parts.train.map((i) => rows[i]!), test: parts.test.map((i) => rows[i]!) };
  }
  const order = permutation(rows.length, random);
  const cut = trainCount(rows.length, trainRatio);
  return {
    train: order.subarray(0, cut).map((i) => rows[i]!),
    test: order.subarray(cut).map((i) => rows[i]!),
  };
}

export interface RowEncoder {
  width: number;
  names: string[];
  /** The encoded feature rows `[rows.length, width]`. */
  encode(rows: ArrayLike<number>): Float32Array;
  /** One row's features into `out` at `offset`. */
  encodeRow(row: number, out: Float32Array, offset: number): void;
}

/**
 * Features as numbers: numeric columns scaled with the training rows' statistics (missing ones
 * filled with the training mean), categorical ones one-hot (missing ones as the most frequent
 * training value).
 */
export function fitEncoder(
  table: CsvTable,
  features: Feature[],
  trainRows: ArrayLike<number>,
  normalize: CsvOptions['normalize'],
): RowEncoder {
  const names: string[] = [];
  const parts = features.map((f) => {
    const column = table.columns[f.column]!;
    const name = table.columnNames[f.column]!;
    if (f.kind === 'numeric') {
      names.push(name);
      const values = column.numbers.values();
      const s = numericStats(values, trainRows);
      const [shift, scale] =
        normalize === 'standardize'
          ? [s.mean, s.std || 1]
          : normalize === 'minmax'
            ? [s.min, s.max - s.min || 1]
            : [0, 1];
      return {
        width: 1,
        put: (r: number, out: Float32Array, at: number) => {
          const v = values[r]!;
          out[at] = ((Number.isNaN(v) ? s.mean : v) - shift) / scale;
        },
      };
    }
    const categories = f.categories!;
    for (const c of categories) names.push(`${name}=${c}`);
    const codes = column.codes!.values();
    // Dictionary code → one-hot position (categories are sorted, codes are in order of appearance).
    const position = new Int32Array(column.dictionary.size);
    for (const [text, code] of column.dictionary) position[code] = categories.indexOf(text);
    const counts = new Array<number>(categories.length).fill(0);
    for (let k = 0; k < trainRows.length; k++) {
      const code = codes[trainRows[k] as number]!;
      if (code >= 0) counts[position[code]!]!++;
    }
    const mostFrequent = counts.indexOf(Math.max(...counts));
    return {
      width: categories.length,
      put: (r: number, out: Float32Array, at: number) => {
        const code = codes[r]!;
        out[at + (code < 0 ? mostFrequent : position[code]!)] = 1;
      },
    };
  });
  const width = parts.reduce((w, p) => w + p.width, 0);
  const encodeRow = (row: number, out: Float32Array, offset: number) => {
    let at = offset;
    for (const p of parts) {
      p.put(row, out, at);
      at += p.width;
    }
  };
  return {
    width,
    names,
    encodeRow,
    encode(rows) {
      const out = new Float32Array(rows.length * width);
      for (let k = 0; k < rows.length; k++) encodeRow(rows[k] as number, out, k * width);
      return out;
    },
  };
}
