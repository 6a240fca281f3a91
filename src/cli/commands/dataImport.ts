/**
 * `neurocanvas data import <path> -o <file.ncproj>`: imports a CSV file, a folder of images, or
 * IDX / NumPy arrays, prints what was found (columns, classes, and every row, column or image that
 * was dropped, filled in or skipped), and writes a project that trains on it. A new project gets a
 * starter model fitting the data; an existing one (with --force) keeps its model and settings.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../../data/import/errors';
import type { FlatOptions } from '../../data/import/options';
import { importedRef, IMPORT_KINDS, type ImportKind } from '../../data/import/refs';
import type { ImportReport } from '../../data/import/report';
import { starterGraph } from '../../data/import/starterGraph';
import { guessKind, importData } from '../../data/node/import/importData';
import { loadProjectFile, saveProjectFile } from '../../host/projectFiles';
import { newProject, type Project } from '../../project/project';
import type { Io } from '../main';
import { CliError, usageError } from '../usage';

/** Command-line flag → import option. */
const OPTION_FLAGS = {
  target: 'target',
  task: 'task',
  normalize: 'normalize',
  missing: 'missing',
  'bad-rows': 'badRows',
  header: 'header',
  ignore: 'ignore',
  window: 'window',
  stride: 'stride',
  horizon: 'horizon',
  size: 'size',
  color: 'color',
  labels: 'labels',
  inputs: 'inputs',
  scale: 'scale',
  'train-ratio': 'trainRatio',
  seed: 'seed',
} as const;

export const DATA_IMPORT_USAGE = `neurocanvas data import <file.csv|folder|file.npy|file.npz|file-idx> -o <file.ncproj>
      [--kind csv|images|arrays] [--target COLUMN] [--task auto|classification|regression]
      [--normalize standardize|minmax|none] [--missing drop|impute] [--bad-rows skip|stop]
      [--header auto|yes|no] [--ignore COL,COL] [--window N --stride N --horizon N]
      [--size N] [--color grayscale|rgb] [--labels FILE|NAME] [--inputs NAME] [--scale auto|none|255]
      [--train-ratio X] [--seed S] [--embed auto|always|never] [--force] [--json]`;

export async function runDataImport(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        kind: { type: 'string' },
        embed: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(OPTION_FLAGS).map((f) => [f, { type: 'string' }])),
      },
    });
  } catch (err) {
    throw usageError(`data import: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { values, positionals } = parsed;
  const [path, ...extra] = positionals;
  if (!path) throw usageError(`data import needs a file or folder:\n  ${DATA_IMPORT_USAGE}`);
  if (extra.length > 0)
    throw usageError(`data import takes one path, but got ${positionals.join(' ')}`);
  const output = values.output as string | undefined;
  if (!output) throw usageError('data import needs the project to write: -o <file.ncproj>');
  if (extname(output).toLowerCase() !== '.ncproj')
    throw usageError(`the project to write must end in .ncproj: ${output}`);
  const embed = (values.embed as string | undefined) ?? 'auto';
  if (!['auto', 'always', 'never'].includes(embed))
    throw usageError(`--embed must be auto, always or never, not '${embed}'`);

  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`'${path}' was not found.`);
  const kind = chooseKind(values.kind as string | undefined, path, info.isDirectory());
  const options: Record<string, string> = {};
  for (const [flag, key] of Object.entries(OPTION_FLAGS)) {
    const value = values[flag as keyof typeof values];
    if (typeof value === 'string') options[key] = value;
  }

  const existing = await loadExisting(output, values.force === true);
  const progress = io.progress;
  let imported;
  try {
    imported = await importData(kind, path, options, (fraction) =>
      progress?.(`\rImporting ${basename(path)}… ${Math.round(fraction * 100)}%`),
    );
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(err.message);
    throw err;
  } finally {
    progress?.('\r\x1b[K');
  }
  const { dataset, report } = imported;
  const ref = importedRef(
    kind,
    resolve(path),
    typedOptions(options),
    dataset,
    embed as 'auto' | 'always' | 'never',
  );
  const project: Project = existing
    ? { ...existing, dataset: ref }
    : {
        ...newProject(basename(output, extname(output))),
        graph: starterGraph(dataset),
        dataset: ref,
      };
  try {
    await saveProjectFile(output, project);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  const how = ref.data ? 'embedded in' : `referenced by path from`;
  if (values.json) {
    io.out(JSON.stringify({ ...report, project: output, embedded: ref.data !== undefined }));
  } else {
    for (const line of describeReport(report)) io.out(line);
    io.out(
      `Wrote ${output}: the dataset is ${how} the project${existing ? '' : ', with a starter model to train'}.`,
    );
  }
  return 0;
}

function chooseKind(given: string | undefined, path: string, folder: boolean): ImportKind {
  if (given === undefined) {
    try {
      return guessKind(path, folder);
    } catch (err) {
      throw new CliError(
        `${err instanceof Error ? err.message : String(err)} Name it with --kind.`,
      );
    }
  }
  if (!(IMPORT_KINDS as readonly string[]).includes(given))
    throw usageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}, not '${given}'`);
  return given as ImportKind;
}

async function loadExisting(output: string, force: boolean): Promise<Project | null> {
  const info = await stat(output).catch(() => null);
  if (!info) return null;
  if (!force)
    throw new CliError(
      `${output} exists already; pass --force to put the dataset into it (its model and settings are kept).`,
    );
  const loaded = await loadProjectFile(output);
  if (!loaded.ok) throw new CliError(loaded.error);
  return loaded.project;
}

/** Numbers as numbers, so the project file says `"window": 24`, not `"window": "24"`. */
function typedOptions(options: Record<string, string>): FlatOptions {
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [
      k,
      v.trim() !== '' &&
      Number.isFinite(Number(v)) &&
      k !== 'target' &&
      k !== 'labels' &&
      k !== 'inputs'
        ? Number(v)
        : v,
    ]),
  );
}

/** The report as lines for a terminal. */
export function describeReport(report: ImportReport): string[] {
  const lines: string[] = [];
  const shape = `[${report.inputShape.join(', ')}]`;
  const task =
    report.task === 'classification'
      ? `classification into ${report.targetShape[0]} classes`
      : 'regression';
  lines.push(
    `${report.name}: ${report.train.toLocaleString('en-US')} training and ${report.test.toLocaleString('en-US')} test examples, inputs ${shape}, ${task}.`,
  );
  for (const column of report.columns ?? []) {
    const role =
      column.role === 'target' ? 'target' : column.role === 'feature' ? 'input' : 'unused';
    const stats =
      column.kind === 'numeric' && column.mean !== undefined
        ? `numbers ${round(column.min!)} to ${round(column.max!)}, mean ${round(column.mean)}`
        : column.kind === 'categorical'
          ? `${column.distinct} categories`
          : column.kind;
    lines.push(
      `  ${column.name}: ${role}, ${stats}${column.missing > 0 ? `, ${column.missing} missing` : ''}`,
    );
  }
  if (report.balance) {
    const { classNames, train, test } = report.balance;
    const shown = classNames
      .slice(0, 20)
      .map((name, i) => `${name} ${train[i]}/${test[i]}`)
      .join(', ');
    lines.push(`Classes (train/test): ${shown}${classNames.length > 20 ? ', …' : ''}`);
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines;
}

function round(v: number): string {
  return Number(v.toPrecision(4)).toLocaleString('en-US');
}
