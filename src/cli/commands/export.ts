/**
 * `neurocanvas export`: writes a project or model.json as a bundle for one target. Everything that
 * can fail before writing is checked first (the format, the model, layers the target cannot
 * express), and the bundle is written all at once, so a refusal leaves nothing behind.
 */
import { extname } from 'node:path';
import { CompileError } from '../../compiler/compile';
import { datasetInfo } from '../../data';
import { loadDataset } from '../../data/node/loadDataset';
import type { Dataset } from '../../data/types';
import { analyzeGraph } from '../../graph/analyze';
import { GAN_EXPORT_PARTS, ganPartOf, type GanExportPart } from '../../gan/exportPart';
import { bundleFiles, UnsupportedExportError } from '../../export/bundle/bundleFiles';
import {
  buildExportModel,
  exportSourceOf,
  type ExportSource,
} from '../../export/bundle/buildExportModel';
import { exporterFor, TARGET_LABELS } from '../../export/bundle/registry';
import { EXPORT_TARGETS, type ExportTarget } from '../../export/bundle/types';
import { BundleWriteError, writeBundle } from '../../export/bundle/writeBundle';
import { loadProjectFile } from '../../host/projectFiles';
import { defaultTraining } from '../../project/training';
import type { Io } from '../main';
import { CliError, usageError } from '../usage';
import { openOrFail } from './open';

export interface ExportOptions {
  format: string | undefined;
  out: string | undefined;
  force: boolean;
  /** For a GAN: which part to write (the generator when not given). */
  part?: string | undefined;
}

export function parseFormat(format: string | undefined): ExportTarget {
  const list = EXPORT_TARGETS.join(', ');
  if (format === undefined)
    throw usageError(`'export' needs a target: --format ${list.replace(/, /g, '|')}`);
  if (!(EXPORT_TARGETS as readonly string[]).includes(format))
    throw usageError(`--format: there is no target '${format}'. The targets are ${list}.`);
  return format as ExportTarget;
}

async function openSource(path: string, io: Io): Promise<ExportSource> {
  if (extname(path).toLowerCase() === '.ncproj') {
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) throw new CliError(loaded.error);
    return exportSourceOf(loaded.project);
  }
  const model = await openOrFail(path);
  for (const warning of model.warnings) io.err(`warning: ${warning}`);
  return {
    name: model.name,
    graph: model.graph,
    ...(model.weights ? { weights: model.weights } : {}),
    training: defaultTraining(),
  };
}

/** The project's dataset for the samples and the training scripts; without it the export goes on. */
async function datasetOf(source: ExportSource, io: Io): Promise<Dataset | undefined> {
  const ref = source.dataset;
  if (!ref) return undefined;
  if (!datasetInfo(ref.id)) {
    io.err(
      `warning: the project's dataset '${ref.id}' is not one NeuroCanvas knows; samples are random.`,
    );
    return undefined;
  }
  try {
    return await loadDataset(ref.id, ref.options ?? {});
  } catch (e) {
    io.err(
      `warning: the dataset '${ref.id}' could not be loaded (${e instanceof Error ? e.message : String(e)}); samples are random.`,
    );
    return undefined;
  }
}

/** A GAN's part to export, as an ordinary model (or both side by side); any other model as it is. */
function ganPart(source: ExportSource, part: string | undefined, io: Io): ExportSource {
  const dataShape = source.dataset ? datasetInfo(source.dataset.id)?.inputShape : undefined;
  if (part !== undefined && !(GAN_EXPORT_PARTS as readonly string[]).includes(part))
    throw usageError(`--part: a GAN has no part '${part}'. Choose ${GAN_EXPORT_PARTS.join(', ')}.`);
  const chosen = ganPartOf(source, (part ?? 'generator') as GanExportPart, dataShape);
  if (!chosen) {
    if (part !== undefined)
      throw usageError(
        '--part is for a GAN (a generator and a discriminator); this model is not one.',
      );
    return source;
  }
  if (part === undefined)
    io.err(
      'This project is a GAN: writing its generator (--part discriminator or --part both for the rest).',
    );
  return chosen;
}

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KiB`;

export async function runExport(path: string, options: ExportOptions, io: Io): Promise<number> {
  const target = parseFormat(options.format);
  if (options.out === undefined) throw usageError("'export' needs the folder to write: --out DIR");
  if (!exporterFor(target))
    throw new CliError(`Export to ${TARGET_LABELS[target]} is not part of this version.`);
  const source = ganPart(await openSource(path, io), options.part, io);

  const errors = analyzeGraph(source.graph).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more; run 'neurocanvas validate ${path}')`
        : '';
    throw new CliError(`The model cannot be exported: ${errors[0]!.message}${more}`);
  }

  const dataset = await datasetOf(source, io);
  let files;
  try {
    const model = await buildExportModel(source, dataset ? { loadedDataset: dataset } : {});
    files = bundleFiles(model, target, dataset ? { dataset } : {});
  } catch (e) {
    if (e instanceof UnsupportedExportError)
      throw new CliError(
        `${e.message}\nNothing was written. The other targets may still take this model.`,
      );
    if (e instanceof CompileError) throw new CliError(e.message);
    throw e;
  }

  let folder: string;
  try {
    folder = await writeBundle(options.out, files, { force: options.force });
  } catch (e) {
    if (e instanceof BundleWriteError) throw new CliError(e.message);
    throw e;
  }
  const bytes = files.reduce(
    (n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length),
    0,
  );
  io.out(
    `Wrote the ${TARGET_LABELS[target]} bundle to ${folder} (${files.length} files, ${kib(bytes)}):`,
  );
  for (const file of files) io.out(`  ${file.path}`);
  return 0;
}
